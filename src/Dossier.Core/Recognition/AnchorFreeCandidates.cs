namespace Dossier.Core.Recognition;

/// <summary>
/// What the anchor-free rule families found in each sentence of one document, kept while the text
/// is read against one anchor after another (an undated text is read first without an anchor to
/// find the latest date it states, then against that date), so that those families search each
/// sentence once. Families are numbered in the order they run, which the selection of overlapping
/// candidates depends on.
/// </summary>
internal sealed class AnchorFreeCandidates(int sentences)
{
    public const int Families = 3;

    private readonly TimeCandidate[]?[] _found = new TimeCandidate[]?[sentences * Families];

    /// <summary>Adds to <paramref name="candidates"/> what <paramref name="collect"/> finds in the sentence, running it only the first time.</summary>
    public void AddTo(List<TimeCandidate> candidates, int sentence, int family, string text, Action<string, List<TimeCandidate>> collect)
    {
        var slot = (sentence * Families) + family;
        if (_found[slot] is { } known)
        {
            candidates.AddRange(known);
            return;
        }

        var start = candidates.Count;
        collect(text, candidates);
        _found[slot] = candidates.Count == start ? [] : candidates.GetRange(start, candidates.Count - start).ToArray();
    }
}
