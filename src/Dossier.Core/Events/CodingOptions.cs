namespace Dossier.Core.Events;

/// <summary>How many of a sentence's events a coder keeps.</summary>
public enum EventScope
{
    /// <summary>Every coded verb's events (PETRARCH; TABARI's <c>SET: CODE ALL</c>).</summary>
    All,

    /// <summary>The first coded verb's events in each clause (TABARI's default, <c>SET: CODE BY CLAUSE</c>).</summary>
    FirstPerClause,

    /// <summary>The first coded verb's events in the sentence (TABARI's <c>SET: CODE BY SENTENCE</c>).</summary>
    FirstPerSentence,
}

/// <summary>The settings of an event coder that a validation suite may change from record to record.</summary>
/// <param name="RequireDyad">False to code events with a missing source or target as <c>---</c> (PETRARCH's require_dyad).</param>
/// <param name="Scope">Which of a sentence's events are kept.</param>
/// <param name="Commas">The comma-delimited clauses dropped before coding (TABARI's <c>COMMA:</c>, PETRARCH's <c>comma_*</c>); null drops none.</param>
/// <param name="MinimumWords">A sentence of fewer words is not coded (TABARI's <c>SET: MINIMUM WORDS</c>); 0 codes every sentence.</param>
public sealed record CodingOptions(bool RequireDyad = true, EventScope Scope = EventScope.All, CommaClauseLimits? Commas = null, int MinimumWords = 0)
{
    public static CodingOptions Default { get; } = new();
}
