using Dossier.Core.Model;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// One sentence of a story's document as a claim: its outlet (near-copies and one outlet's
/// articles share one), content words, entities, numbers, times, and the parts of it that are
/// quoted speech.
/// </summary>
internal sealed record ClaimStatement(
    Document Document,
    int Sentence,
    string Outlet,
    string Text,
    IReadOnlySet<string> Words,
    IReadOnlySet<string> Entities,
    IReadOnlyList<Amount> Amounts,
    IReadOnlyList<TimeMention> Times,
    IReadOnlyList<TextSpan> QuoteSpans)
{
    public TextSpan Span => Document.Sentences[Sentence].Span;

    public Citation Citation => new(Document.Id, Sentence);

    public int Index { get; init; }

    public IEnumerable<string> Dates => DateValues;

    /// <summary>The dates the sentence states, as TimeML values.</summary>
    public IReadOnlyList<string> DateValues { get; } = [.. Times.Where(t => t.IsDate).Select(t => t.Value)];

    /// <summary>The years of the dates the sentence states ("2019" of "2019-04-25").</summary>
    public IReadOnlySet<string> Years { get; } = Times.Where(t => t.IsDate && t.Value.Length >= 4 && char.IsAsciiDigit(t.Value[0])).Select(t => t.Value[..4]).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every word of the sentence, lower-cased (function words included).</summary>
    public IReadOnlySet<string> AllWords => _allWords ??= ClaimWords.Tokens(Text).Select(t => t.Word).ToHashSet(StringComparer.Ordinal);

    private HashSet<string>? _allWords;

    // Each statement is its own claim: identity, not a comparison of every layer (the lazy word set must not change a hash).
    public bool Equals(ClaimStatement? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);

    /// <summary>A claim worth reporting on its own: it names something, counts something or dates something.</summary>
    public bool IsSubstantive => Words.Count >= 4 && (Entities.Count >= 2 || Amounts.Count > 0 || Times.Any(t => t.IsDate));

    /// <summary>How much of the sentence is inside quotation marks (the speaker's words, not the outlet's).</summary>
    public double QuotedShare
    {
        get
        {
            var span = Span;
            var quoted = QuoteSpans.Sum(q => Math.Max(0, Math.Min(q.End, span.End) - Math.Max(q.Start, span.Start)));
            return span.Length == 0 ? 0 : quoted / (double)span.Length;
        }
    }

    public bool IsInsideQuote(TextSpan span) => QuoteSpans.Any(q => q.Overlaps(span));
}
