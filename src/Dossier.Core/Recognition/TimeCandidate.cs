namespace Dossier.Core.Recognition;

/// <summary>A time expression found in one sentence, with offsets relative to that sentence.</summary>
internal readonly record struct TimeCandidate(int Start, int End, string Value, bool IsDate, string Rule, string? Anchor)
{
    public int Length => End - Start;

    public bool Overlaps(TimeCandidate other) => other.Start < End && Start < other.End;
}
