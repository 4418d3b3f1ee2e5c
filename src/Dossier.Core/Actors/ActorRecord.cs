namespace Dossier.Core.Actors;

/// <summary>
/// One record of a PETRARCH/TABARI actor dictionary: the primary phrase, its synonyms and its codes.
/// Phrases keep the dictionary's spelling with underscores turned into spaces ("VLADIMIR PUTIN").
/// </summary>
/// <param name="Periods">Dated codes, in file order; an undated one is the record's default.</param>
/// <param name="Comment">The comment on the primary line ("CountryInfo.txt" marks people from CountryInfo).</param>
public sealed record ActorRecord(string Phrase, IReadOnlyList<string> Synonyms, IReadOnlyList<CodedPeriod> Periods, string? Comment)
{
    /// <summary>The code that holds on <paramref name="date"/>: a dated period covering it, else the default, else none.</summary>
    public string? CodeAt(DateOnly? date)
    {
        if (date is { } day)
        {
            foreach (var period in Periods)
            {
                if (!period.IsUndated && period.Covers(day))
                {
                    return period.Code;
                }
            }
        }

        return Periods.FirstOrDefault(p => p.IsUndated)?.Code ?? (date is null ? (Periods.Count > 0 ? Periods[^1].Code : null) : null);
    }
}
