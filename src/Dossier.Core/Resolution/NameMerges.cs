using Dossier.Core.Model;

namespace Dossier.Core.Resolution;

/// <summary>
/// Joins clusters that name one organisation or place in two forms, once every name of the run is known:
/// an acronym and the long name it abbreviates or that defines it ("GAO" and "Government Accountability Office",
/// "SIA" after "Singapore Airlines ( SIA"), and a company's short name and the one longer name it begins
/// ("Lockheed" and "Lockheed Martin"; "Apple" and "Apple Computer" rather than "Apple Corps", because
/// "computer" is an ordinary word of the run). Every lookup goes through an index built once.
/// </summary>
internal static class NameMerges
{
    /// <summary>Long names with more words than this are not expanded into acronyms.</summary>
    private const int MaxAcronymSource = 8;

    /// <param name="letterRuns">Every run of letters in the run's text (<see cref="CommonWords.LetterRuns"/>).</param>
    public static void Apply(ResolutionState state, IReadOnlySet<string> letterRuns)
    {
        MergeAcronyms(state);
        MergeShortCompanyNames(state, letterRuns);
        MergeProductNames(state);
    }

    /// <summary>
    /// "Airbus A380" and "A380", "Boeing 787 Dreamliner" and "787 Dreamliner": a name of no known type that starts with
    /// a company of the run is the rest of it; "A380s" is "A380".
    /// </summary>
    private static void MergeProductNames(ResolutionState state)
    {
        foreach (var product in state.Clusters.Where(c => c.Type == EntityType.Other && c.Actor is null).ToList())
        {
            var tokens = product.Tokens;
            for (var k = 1; k < tokens.Length; k++)
            {
                if (state.Named(tokens[..k]) is { Type: EntityType.Organization } && state.Named(tokens[k..]) is { Type: EntityType.Other } rest)
                {
                    state.Merge(rest, product);
                    break;
                }
            }
        }

        foreach (var plural in state.Clusters.Where(c => c.Type == EntityType.Other && c.Actor is null).ToList())
        {
            var last = plural.Tokens[^1];
            if (last.Length > 2 && last[^1] == 's' && plural.Root == plural)
            {
                string[] singular = [.. plural.Tokens[..^1], last[..^1]];
                var target = state.Named(singular) ?? (singular.Length == 1 ? state.LongerNameEndingIn(-1, singular[0], EntityType.Other) : null);
                if (target is { Type: EntityType.Other } && target.Root != plural)
                {
                    state.Merge(plural, target);
                }
            }
        }
    }

    private static void MergeAcronyms(ResolutionState state)
    {
        var clusters = state.Clusters.ToList();
        var byInitials = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
        foreach (var cluster in clusters.Where(c => c.Type != EntityType.Person))
        {
            var forms = cluster.Forms.Where(f => f.Length is >= 2 and <= MaxAcronymSource);
            foreach (var initials in forms.SelectMany(f => PossibleAcronyms(f, 0, string.Empty)).Distinct(StringComparer.Ordinal))
            {
                Index(byInitials, initials, cluster);
            }
        }

        foreach (var acronym in clusters.Where(c => c.IsAcronym && c.Actor is null && c.CountryCode is null && c.Type != EntityType.Person))
        {
            var key = acronym.Tokens[0];
            var target = state.DefinitionOf(key);
            if (target is null && byInitials.TryGetValue(key, out var expansions))
            {
                var distinct = expansions.Select(c => c.Root).Where(c => c != acronym.Root).Distinct().Take(2).ToList();
                target = distinct.Count == 1 ? distinct[0] : null;
            }

            if (target is not null && target != acronym.Root)
            {
                state.Merge(acronym, target);
            }
        }
    }

    /// <summary>Lower-case initials of the words, each word either giving its initial or, when an acronym may skip it, left out.</summary>
    private static IEnumerable<string> PossibleAcronyms(string[] tokens, int at, string prefix)
    {
        if (at == tokens.Length)
        {
            if (prefix.Length >= 2)
            {
                yield return prefix;
            }

            yield break;
        }

        foreach (var a in PossibleAcronyms(tokens, at + 1, prefix + tokens[at][0]))
        {
            yield return a;
        }

        if (NameHead.MayBeLeftOutOfAcronym(tokens[at]))
        {
            foreach (var a in PossibleAcronyms(tokens, at + 1, prefix))
            {
                yield return a;
            }
        }
    }

    private static void MergeShortCompanyNames(ResolutionState state, IReadOnlySet<string> letterRuns)
    {
        var companies = state.Clusters.Where(c => c.Type == EntityType.Organization).ToList();
        var longerForms = new Dictionary<string, List<(Cluster Cluster, string[] Form)>>(StringComparer.Ordinal);
        foreach (var company in companies)
        {
            foreach (var form in company.Forms.Where(f => f.Length > 1))
            {
                for (var k = 1; k < form.Length; k++)
                {
                    var key = string.Join(' ', form[..k]);
                    if (!longerForms.TryGetValue(key, out var list))
                    {
                        list = [];
                        longerForms[key] = list;
                    }

                    list.Add((company, form));
                }
            }
        }

        foreach (var company in companies)
        {
            if (company.Root != company)
            {
                continue;
            }

            var longer = company.Forms
                .SelectMany(f => longerForms.TryGetValue(string.Join(' ', f), out var l) ? l.Select(x => (x.Cluster, Tail: x.Form[f.Length..])) : [])
                .Where(l => l.Cluster.Root != company)
                .ToList();
            var candidates = longer.GroupBy(l => l.Cluster.Root).ToList();
            if (candidates.Count > 1)
            {
                // "Apple" is "Apple Computer" rather than "Apple Corps" when only the first adds ordinary words.
                candidates = [.. candidates.Where(g => g.Any(l => l.Tail.All(word => IsWrittenInLowerCase(word, letterRuns))))];
            }

            if (candidates.Count != 1)
            {
                continue;
            }

            var target = candidates[0].Key;
            if (company.Actor is not null && target.Actor is not null)
            {
                continue;
            }

            // The cluster the dictionary knows keeps its actor.
            if (company.Actor is not null)
            {
                state.Merge(target, company);
            }
            else
            {
                state.Merge(company, target);
            }
        }
    }

    /// <summary>Whether the word is written in lower case somewhere in the run's text: one of its letter runs, all lower case.</summary>
    private static bool IsWrittenInLowerCase(string word, IReadOnlySet<string> letterRuns) =>
        word.All(char.IsLower) && letterRuns.Contains(word);

    private static void Index(Dictionary<string, List<Cluster>> index, string key, Cluster cluster)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(cluster);
    }
}
