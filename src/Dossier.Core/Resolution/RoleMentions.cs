using System.Text.RegularExpressions;
using Dossier.Core.Actors;
using Dossier.Core.Model;
using Dossier.Core.Recognition;

namespace Dossier.Core.Resolution;

/// <summary>
/// References by office and by shorthand that name recognition does not see as names:
/// "the North Korean leader", "DPRK leader", "the Russian president" (found through the roles the actor
/// dictionary records, on the document's date) and "the North" / "the South".
/// A role followed by a name ("Russian President Vladimir Putin") is left to the name.
/// </summary>
internal static partial class RoleMentions
{
    /// <summary>Role phrases whose holder on <paramref name="date"/> is known, with that holder.</summary>
    public static IEnumerable<(TextSpan Span, string Text, ActorEntry Holder)> Find(Document document, ActorCatalog catalog, DateOnly date)
    {
        foreach (Match m in Role().Matches(document.Text))
        {
            var start = m.Index;
            var modifier = m.Groups["mod"].Value;
            var country = CountryOf(modifier, catalog);
            var space = modifier.IndexOfAny([' ', '\u00a0']);
            if (country is null && space > 0)
            {
                // "Yesterday Russian president": only the last word names the country.
                country = CountryOf(modifier[(space + 1)..], catalog);
                start = m.Groups["mod"].Index + space + 1;
            }

            if (country is null)
            {
                continue;
            }

            var title = Regex.Replace(m.Groups["title"].Value.ToLowerInvariant(), @"\s+", " ");
            var holder = catalog.RoleHolder(country, title, date);
            if (holder is not null)
            {
                var end = m.Index + m.Length;
                yield return (new TextSpan(start, end), document.Text[start..end], holder);
            }
        }
    }

    /// <summary>"the North" and "the South" when not followed by a name ("the North Korean").</summary>
    public static IEnumerable<(TextSpan Span, string Text, string Side)> Sides(Document document)
    {
        foreach (Match m in Side().Matches(document.Text))
        {
            yield return (new TextSpan(m.Index, m.Index + m.Length), m.Value, m.Groups["side"].Value);
        }
    }

    private static string? CountryOf(string modifier, ActorCatalog catalog)
    {
        var name = modifier.EndsWith("'s", StringComparison.Ordinal) || modifier.EndsWith("’s", StringComparison.Ordinal) ? modifier[..^2] : modifier;
        var demonym = catalog.DemonymCountry(name);
        if (demonym is not null)
        {
            return demonym;
        }

        var actor = catalog.Find(name);
        if (actor is { Type: EntityType.Country })
        {
            return actor.CodeAt(null);
        }

        return NameLexicon.CountryCodes.GetValueOrDefault(name);
    }

    [GeneratedRegex(@"(?:\b[Tt]he\s+)?(?<mod>\b[A-Z][\p{L}.]*(?:[ \u00a0][A-Z][\p{L}.]*)?(?:'s|’s)?)[ \u00a0](?<title>[Ll]eader|[Pp]resident|[Pp]rime[ \u00a0][Mm]inister|[Ff]oreign[ \u00a0][Mm]inister|[Pp]remier|[Ss]upreme[ \u00a0][Ll]eader|[Ss]ecretary[ \u00a0]of[ \u00a0][Ss]tate|[Vv]ice[ \u00a0][Pp]resident)\b(?![ \u00a0]*[A-Z\-])")]
    private static partial Regex Role();

    [GeneratedRegex(@"\b[Tt]he[ \u00a0](?<side>North|South)\b(?![ \u00a0]*[A-Z\-])")]
    private static partial Regex Side();
}
