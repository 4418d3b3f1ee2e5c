using Dossier.Core.Model;

namespace Dossier.Core.Attribution;

/// <summary>An attribution found in one sentence: the cue, who it names (may be absent) and what it attributes.</summary>
internal sealed record FoundAttribution(TextSpan Cue, SourcePhrase? Source, TextSpan Content, CueKind Kind)
{
    /// <summary>From the first of source, cue and content to the last.</summary>
    public TextSpan Extent => new(
        Math.Min(Math.Min(Cue.Start, Content.Start), Source?.Span.Start ?? int.MaxValue),
        Math.Max(Math.Max(Cue.End, Content.End), Source?.Span.End ?? 0));
}
