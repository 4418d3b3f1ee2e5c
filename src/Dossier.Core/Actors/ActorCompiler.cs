using System.Globalization;
using Dossier.Core.Model;

namespace Dossier.Core.Actors;

/// <summary>
/// Builds one <see cref="ActorCatalog"/> from Phoenix actor records and the project's supplement.
/// Phoenix records become countries (three-letter codes only), people (dated codes or a CountryInfo
/// origin) or organisations. A supplement actor extends the Phoenix actor of the same name and type;
/// capitals and nationality words the supplement lists are taken out of the Phoenix country records, so
/// that "Moscow" or "Russian" alone never names the state: the resolver decides that from context.
/// </summary>
public static class ActorCompiler
{
    public static ActorCatalog Compile(IEnumerable<(bool CountryFile, ActorRecord Record)> phoenix, ActorSupplement supplement)
    {
        ArgumentNullException.ThrowIfNull(phoenix);
        ArgumentNullException.ThrowIfNull(supplement);
        var excluded = supplement.Seats.Keys.Concat(supplement.Demonyms.Keys).Select(NameKey.Of).ToHashSet(StringComparer.Ordinal);
        var actors = new List<ActorEntry>();
        foreach (var (countryFile, record) in phoenix)
        {
            if (record.Periods.Count == 0)
            {
                continue;
            }

            var type = TypeOf(countryFile, record);
            var aliases = record.Synonyms
                .Where(s => type != EntityType.Country || !excluded.Contains(NameKey.Of(s)))
                .Select(Display)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            actors.Add(new ActorEntry(string.Empty, Display(record.Phrase), type, aliases, record.Periods, []));
        }

        var byName = new Dictionary<(string, EntityType), List<int>>();
        for (var i = 0; i < actors.Count; i++)
        {
            var key = (NameKey.Of(actors[i].Name), actors[i].Type);
            if (!byName.TryGetValue(key, out var list))
            {
                byName[key] = list = [];
            }

            list.Add(i);
        }

        var absorbed = new HashSet<int>();
        foreach (var extra in supplement.Actors)
        {
            if (byName.TryGetValue((NameKey.Of(extra.Name), extra.Type), out var indexes))
            {
                // Every Phoenix record of that name becomes part of the supplement's actor, so the name stays unambiguous.
                var known = indexes.Select(i => actors[i]).ToList();
                actors[indexes[0]] = extra with
                {
                    Aliases = [.. extra.Aliases.Concat(known.SelectMany(k => k.Aliases.Prepend(k.Name))).Distinct(StringComparer.Ordinal)],
                    Codes = [.. extra.Codes, .. known.SelectMany(k => k.Codes)],
                };
                absorbed.UnionWith(indexes.Skip(1));
            }
            else
            {
                byName[(NameKey.Of(extra.Name), extra.Type)] = [actors.Count];
                actors.Add(extra);
            }
        }

        actors = [.. actors.Where((_, i) => !absorbed.Contains(i))];
        var used = new HashSet<string>(StringComparer.Ordinal);
        var numbered = actors.Select(a =>
        {
            var slug = string.Join('-', NameKey.Words(a.Name));
            var id = slug;
            for (var n = 2; !used.Add(id); n++)
            {
                id = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            }

            return a with { Id = id };
        }).ToList();
        return new ActorCatalog(numbered, supplement.Seats, supplement.Demonyms);
    }

    internal static EntityType TypeOf(bool countryFile, ActorRecord record)
    {
        if (countryFile && record.Periods.All(p => p.IsUndated && p.Code.Length == 3 && p.Code.All(char.IsAsciiLetterUpper)))
        {
            return EntityType.Country;
        }

        var person = record.Periods.Any(p => !p.IsUndated)
            || (record.Comment?.Contains("CountryInfo", StringComparison.Ordinal) ?? false);
        return person ? EntityType.Person : EntityType.Organization;
    }

    /// <summary>"UNITED STATES OF AMERICA" → "United States of America"; short all-consonant words stay upper case ("DPRK").</summary>
    internal static string Display(string phrase)
    {
        if (phrase.Any(char.IsLower))
        {
            return phrase;
        }

        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select((w, i) =>
        {
            var lower = w.ToLowerInvariant();
            if (i > 0 && lower is "of" or "the" or "and" or "for" or "de" or "in" or "on")
            {
                return lower;
            }

            if (w.Contains('.', StringComparison.Ordinal) || (w.Length <= 5 && !w.Any(c => "AEIOUY".Contains(c, StringComparison.Ordinal))))
            {
                return w;
            }

            return string.Join('-', lower.Split('-').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
        });
        return string.Join(' ', words);
    }
}
