namespace Dossier.Core.Model;

/// <summary>A statement with the sentences that support it.</summary>
public sealed record CitedStatement(string Text, IReadOnlyList<Citation> Citations);

public sealed record ConflictingClaim(string Value, string Doc, int Sentence);

public sealed record Conflict(string About, IReadOnlyList<ConflictingClaim> Claims);

public sealed record FramingSpan(string Doc, TextSpan Span, string Text, string Kind, string Note);

/// <summary>Documents about one story, and what they say together.</summary>
/// <param name="Copies">Groups of documents that are copies of one article; empty when none.</param>
public sealed record Story(
    string Id,
    string Title,
    IReadOnlyList<string> Documents,
    IReadOnlyList<CitedStatement> Summary,
    IReadOnlyList<CitedStatement> Agreements,
    IReadOnlyList<CitedStatement> Exclusives,
    IReadOnlyList<Conflict> Conflicts,
    IReadOnlyList<FramingSpan> Framing,
    IReadOnlyList<IReadOnlyList<string>>? Copies = null)
{
    /// <summary>Groups of documents that are copies of one article (re-posts, syndication, light edits).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Copies { get; init; } = Copies ?? [];

    /// <summary>The corpus timeline restricted to the story's documents.</summary>
    public IReadOnlyList<TimelineItem> Timeline { get; init; } = [];
}
