namespace Dossier.Core.Output;

// The `dossier/1` contract (docs/dossier-json.md), one record per JSON object. It changes only by
// adding fields; fields beyond the published contract are marked "added".

public sealed record DossierJson(
    string Schema,
    GeneratorJson Generator,
    IReadOnlyList<DocumentJson> Documents,
    IReadOnlyList<EntityJson> Entities,
    IReadOnlyList<QuoteJson> Quotes,
    IReadOnlyList<AmountJson> Amounts,
    IReadOnlyList<TimelineItemJson> Timeline,
    IReadOnlyList<EventJson> Events,
    IReadOnlyList<StoryJson> Stories);

public sealed record GeneratorJson(string Name, string Version);

public sealed record DocumentJson(
    string Id,
    string Source,
    string ContentHash,
    string? Title,
    IReadOnlyList<string> Authors,
    string? Published,
    string? Outlet,
    string? OriginalOutlet,
    string? Section,
    string? Language,
    string? Url, // added: the canonical URL when known
    string Text,
    IReadOnlyList<RemovedJson> Removed,
    IReadOnlyList<SpanJson> Sentences,
    IReadOnlyList<string> Warnings);

/// <param name="Rule">added: the cleaning rule that removed the block.</param>
public sealed record RemovedJson(string Kind, string Text, string Rule);

public sealed record SpanJson(int Start, int End);

public sealed record MentionJson(string Doc, int Start, int End);

public sealed record EntityJson(
    string Id,
    string Name,
    string Type,
    string? ActorCode,
    string? Description,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<MentionJson> Mentions);

/// <param name="Sentence">added: index of the sentence the quote starts in.</param>
public sealed record QuoteJson(
    string Doc,
    int Start,
    int End,
    string Text,
    string Kind,
    SpeakerJson? Speaker,
    string? Cue,
    int Sentence);

public sealed record SpeakerJson(string? Entity, string Name, string? Description);

/// <param name="Qualifier">added: "about", "more than"… as the text qualifies the number.</param>
/// <param name="Sentence">added.</param>
/// <param name="Kind">added: "money", "percent", "measure" or "count", so that a reader can tell "2,000 tonnes" from "two leaders".</param>
public sealed record AmountJson(
    string Doc,
    int Start,
    int End,
    string Text,
    double Value,
    string? Unit,
    string? About,
    string? Qualifier,
    int Sentence,
    string Kind);

public sealed record TimelineItemJson(string Date, string Doc, int Sentence, string Text);

public sealed record EventActorJson(string? Entity, string? ActorCode, string? Name);

public sealed record LocationJson(string Name, string? Country, double? Lat, double? Lon);

public sealed record CitationJson(string Doc, int Sentence);

/// <param name="PloverMode">added: PLOVER's mode for the CAMEO code, when it has one.</param>
/// <param name="Mode">added: asserted, planned, reported, denied, negated or speculated.</param>
public sealed record EventJson(
    EventActorJson Source,
    EventActorJson? Target,
    string Cameo,
    string RootCode,
    int? QuadClass,
    double? Goldstein,
    string? Plover,
    string? Date,
    LocationJson? Location,
    IReadOnlyList<CitationJson> Evidence,
    string Rule,
    string? PloverMode,
    string Mode);

public sealed record CitedStatementJson(string Text, IReadOnlyList<CitationJson> Citations);

public sealed record ClaimJson(string Value, string Doc, int Sentence);

public sealed record ConflictJson(string About, IReadOnlyList<ClaimJson> Claims);

public sealed record FramingJson(string Doc, int Start, int End, string Text, string Kind, string Note);

public sealed record StoryJson(
    string Id,
    string Title,
    IReadOnlyList<string> Documents,
    IReadOnlyList<CitedStatementJson> Summary,
    IReadOnlyList<CitedStatementJson> Agreements,
    IReadOnlyList<CitedStatementJson> Exclusives,
    IReadOnlyList<ConflictJson> Conflicts,
    IReadOnlyList<FramingJson> Framing,
    IReadOnlyList<IReadOnlyList<string>> Copies, // added: groups of document ids that are copies of one article
    IReadOnlyList<TimelineItemJson> Timeline); // added: the corpus timeline restricted to the story's documents
