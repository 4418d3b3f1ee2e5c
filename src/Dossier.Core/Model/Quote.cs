namespace Dossier.Core.Model;

/// <summary>Quoted or reported words. Span covers the words without their quotation marks.</summary>
public sealed record Quote(TextSpan Span, string Text, QuoteKind Kind, string? Cue, QuoteSpeaker? Speaker, int Sentence)
{
    /// <summary>Where the cue ("said", "according to") stands, when the text gives one.</summary>
    public TextSpan? CueSpan { get; init; }

    /// <summary>The words naming the source next to the cue, also when they name nobody the document identifies (an unresolved "he").</summary>
    public TextSpan? Source { get; init; }
}
