namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>The running sum of a story's vectors and the span of its dates.</summary>
internal sealed class StoryCentroid
{
    private readonly Dictionary<int, double> _sum = [];
    private double _normSquared;
    private DateTime? _first;
    private DateTime? _last;

    public List<int> Members { get; } = [];

    public HashSet<int> IndexedTerms { get; } = [];

    public void Add(int document, SparseVector vector, DateTime? published)
    {
        Members.Add(document);
        for (var i = 0; i < vector.Count; i++)
        {
            var old = _sum.GetValueOrDefault(vector.Terms[i]);
            var updated = old + vector.Weights[i];
            _sum[vector.Terms[i]] = updated;
            _normSquared += (updated * updated) - (old * old);
        }

        if (published is { } date)
        {
            _first = _first is { } f && f < date ? f : date;
            _last = _last is { } l && l > date ? l : date;
        }
    }

    public List<(int Term, double Weight)> Heaviest(int count) =>
        [.. _sum.OrderByDescending(t => t.Value).ThenBy(t => t.Key).Take(count).Select(t => (t.Key, t.Value))];

    public void Absorb(StoryCentroid other)
    {
        Members.AddRange(other.Members);
        foreach (var (term, weight) in other._sum)
        {
            var old = _sum.GetValueOrDefault(term);
            var updated = old + weight;
            _sum[term] = updated;
            _normSquared += (updated * updated) - (old * old);
        }

        _first = other._first is { } f && (_first is null || f < _first) ? f : _first;
        _last = other._last is { } l && (_last is null || l > _last) ? l : _last;
    }

    public double Cosine(StoryCentroid other)
    {
        if (_normSquared <= 0 || other._normSquared <= 0)
        {
            return 0;
        }

        var (small, large) = _sum.Count <= other._sum.Count ? (_sum, other._sum) : (other._sum, _sum);
        double dot = 0;
        foreach (var (term, weight) in small)
        {
            dot += weight * large.GetValueOrDefault(term);
        }

        return dot / Math.Sqrt(_normSquared * other._normSquared);
    }

    public bool IsNear(StoryCentroid other, double maxDaysApart)
    {
        if (_first is not { } first || _last is not { } last || other._first is not { } otherFirst || other._last is not { } otherLast)
        {
            return true;
        }

        var gap = otherFirst > last ? otherFirst - last : first > otherLast ? first - otherLast : TimeSpan.Zero;
        return gap.TotalDays <= maxDaysApart;
    }

    public double Cosine(SparseVector vector)
    {
        if (_normSquared <= 0)
        {
            return 0;
        }

        double dot = 0;
        for (var i = 0; i < vector.Count; i++)
        {
            dot += vector.Weights[i] * _sum.GetValueOrDefault(vector.Terms[i]);
        }

        return dot / Math.Sqrt(_normSquared);
    }

    public bool IsNear(DateTime? published, double maxDaysApart)
    {
        if (published is not { } date || _first is not { } first || _last is not { } last)
        {
            return true;
        }

        var gap = date < first ? first - date : date > last ? date - last : TimeSpan.Zero;
        return gap.TotalDays <= maxDaysApart;
    }
}
