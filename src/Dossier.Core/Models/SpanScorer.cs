namespace Dossier.Core.Models;

/// <summary>
/// Scores predicted spans against gold spans the way conlleval does: a span counts only when
/// its boundaries and type both match.
/// </summary>
public sealed class SpanScorer
{
    private readonly Dictionary<string, (int Gold, int Predicted, int Correct)> _counts = new(StringComparer.Ordinal);

    public void Add(IReadOnlyList<string> goldTags, IReadOnlyList<string> predictedTags) =>
        Add(BioTags.ToSpans(goldTags), BioTags.ToSpans(predictedTags));

    public void Add(IReadOnlyCollection<TagSpan> gold, IReadOnlyCollection<TagSpan> predicted)
    {
        var goldSet = gold.ToHashSet();
        foreach (var span in gold)
        {
            Bump(span.Type, gold: 1);
        }

        foreach (var span in predicted)
        {
            Bump(span.Type, predicted: 1, correct: goldSet.Contains(span) ? 1 : 0);
        }
    }

    /// <summary>One score per type, sorted by type name.</summary>
    public IReadOnlyList<SpanScore> ByType =>
        [.. _counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new SpanScore(c.Key, c.Value.Gold, c.Value.Predicted, c.Value.Correct))];

    public SpanScore Overall => new(
        "overall",
        _counts.Values.Sum(c => c.Gold),
        _counts.Values.Sum(c => c.Predicted),
        _counts.Values.Sum(c => c.Correct));

    private void Bump(string type, int gold = 0, int predicted = 0, int correct = 0)
    {
        var c = _counts.GetValueOrDefault(type);
        _counts[type] = (c.Gold + gold, c.Predicted + predicted, c.Correct + correct);
    }
}
