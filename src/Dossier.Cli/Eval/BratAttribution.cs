namespace Dossier.Cli.Eval;

/// <summary>One span of an attribution, possibly in several fragments (brat discontinuous spans).</summary>
internal sealed record SpanFragments(IReadOnlyList<(int Start, int End)> Fragments)
{
    public int Start => Fragments[0].Start;

    public int End => Fragments[^1].End;
}

/// <summary>An attribution relation: who (Source, may be absent), the cue, and what was attributed (Content).</summary>
internal sealed record BratAttribution(SpanFragments? Source, SpanFragments? Cue, SpanFragments? Content);
