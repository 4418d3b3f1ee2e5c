namespace Dossier.Core.Model;

/// <summary>Quoted or reported words. Span covers the words without their quotation marks.</summary>
public sealed record Quote(TextSpan Span, string Text, QuoteKind Kind, string? Cue, QuoteSpeaker? Speaker, int Sentence)
{
    /// <summary>Where the cue ("said", "according to") stands, when the text gives one.</summary>
    public TextSpan? CueSpan { get; init; }
}
