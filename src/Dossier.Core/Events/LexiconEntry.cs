using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// What a phrase of the actor lexicon stands for: an actor with its codes over time, or an agent
/// (a role such as "foreign minister") whose code refines the actor it goes with.
/// </summary>
/// <param name="Codes">The actor's codes; empty for an agent.</param>
/// <param name="AgentCode">The agent's code ("GOVFRM"); null for an actor.</param>
/// <param name="AgentFirst">True when the agent code goes before the actor's (<c>NGO~</c>).</param>
public sealed record LexiconEntry(string Phrase, IReadOnlyList<CodedPeriod> Codes, string? AgentCode = null, bool AgentFirst = false)
{
    public bool IsAgent => AgentCode is not null;

    /// <summary>The actor's code on <paramref name="date"/>: a dated code covering it, else the undated one.</summary>
    public string? CodeAt(DateOnly? date)
    {
        if (date is { } day)
        {
            foreach (var period in Codes)
            {
                if (!period.IsUndated && period.Covers(day))
                {
                    return period.Code;
                }
            }
        }

        else
        {
            // Without a date, the code that still holds: a period with no end.
            foreach (var period in Codes)
            {
                if (!period.IsUndated && period.To is null)
                {
                    return period.Code;
                }
            }
        }

        foreach (var period in Codes)
        {
            if (period.IsUndated)
            {
                return period.Code;
            }
        }

        return date is null && Codes.Count > 0 ? Codes[^1].Code : null;
    }
}
