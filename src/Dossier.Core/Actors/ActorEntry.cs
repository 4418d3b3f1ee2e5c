using Dossier.Core.Model;

namespace Dossier.Core.Actors;

/// <summary>One actor of the compiled dictionary: its names, CAMEO codes over time and the offices it holds.</summary>
/// <param name="Id">Stable within one dictionary file: the slug of <paramref name="Name"/>, numbered when names repeat.</param>
public sealed record ActorEntry(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<CodedPeriod> Codes,
    IReadOnlyList<ActorRole> Roles)
{
    /// <summary>The code that holds on <paramref name="date"/> (a dated one first, then an undated one); without a date, the latest.</summary>
    public string? CodeAt(DateOnly? date)
    {
        if (date is { } day)
        {
            var dated = Codes.FirstOrDefault(c => !c.IsUndated && c.Covers(day));
            if (dated is not null)
            {
                return dated.Code;
            }

            return Codes.FirstOrDefault(c => c.IsUndated)?.Code;
        }

        return Codes.FirstOrDefault(c => c.IsUndated)?.Code
            ?? Codes.OrderByDescending(c => c.To ?? DateOnly.MaxValue).ThenByDescending(c => c.From ?? DateOnly.MinValue).FirstOrDefault()?.Code;
    }

    /// <summary>Whether some code of this actor holds on <paramref name="date"/>.</summary>
    public bool ActiveAt(DateOnly date) => Codes.Any(c => c.Covers(date));
}
