using System.Globalization;
using Dossier.Core.Model;

namespace Dossier.Core.Actors;

/// <summary>
/// Reads the supplement's text format (see <c>data/actors/supplement.txt</c>):
/// <code>
/// actor Kim Jong Un
///   type person
///   alias Kim Jong-un | Kim Jong Eun
///   code PRKGOV 2011-12-17..
///   role PRK leader 2011-12-17..
/// seat Pyongyang PRK
/// demonym North Korean PRK
/// </code>
/// Date ranges are <c>FROM..TO</c> in ISO form, either end may be empty. <c>#</c> starts a comment.
/// </summary>
public static class ActorSupplementReader
{
    public static ActorSupplement Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var actors = new List<ActorEntry>();
        var seats = new Dictionary<string, string>(StringComparer.Ordinal);
        var demonyms = new Dictionary<string, string>(StringComparer.Ordinal);
        ActorBuilder? current = null;
        var number = 0;

        while (reader.ReadLine() is { } raw)
        {
            number++;
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).TrimEnd();
            if (line.Trim().Length == 0)
            {
                continue;
            }

            var indented = char.IsWhiteSpace(line[0]);
            var (keyword, rest) = Split(line.Trim());
            if (indented)
            {
                if (current is null)
                {
                    throw Error(number, "an indented line outside an actor block");
                }

                current.Add(keyword, rest, number);
                continue;
            }

            if (current is not null)
            {
                actors.Add(current.Build());
                current = null;
            }

            switch (keyword)
            {
                case "actor":
                    current = new ActorBuilder(rest);
                    break;
                case "seat":
                    var (seat, seatCode) = NameAndCode(rest, number);
                    seats[seat] = seatCode;
                    break;
                case "demonym":
                    var (demonym, country) = NameAndCode(rest, number);
                    demonyms[demonym] = country;
                    break;
                default:
                    throw Error(number, $"unknown keyword '{keyword}'");
            }
        }

        if (current is not null)
        {
            actors.Add(current.Build());
        }

        return new ActorSupplement(actors, seats, demonyms);
    }

    private static (string Keyword, string Remainder) Split(string line)
    {
        var space = line.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? (line, string.Empty) : (line[..space], line[(space + 1)..].Trim());
    }

    /// <summary>"White House USAGOV": the name is every word but the last.</summary>
    private static (string Name, string Code) NameAndCode(string rest, int line)
    {
        var space = rest.LastIndexOf(' ');
        if (space <= 0)
        {
            throw Error(line, "expected a name and a code");
        }

        return (rest[..space].Trim(), rest[(space + 1)..]);
    }

    /// <summary>"2011-12-17..", "..2021-01-20", "2017-05-10..2022-05-09".</summary>
    internal static bool TryParseRange(string text, out DateOnly? from, out DateOnly? to)
    {
        from = null;
        to = null;
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            return false;
        }

        return TryParseEnd(text[..dots], out from) && TryParseEnd(text[(dots + 2)..], out to);
    }

    private static bool TryParseEnd(string text, out DateOnly? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }

    private static FormatException Error(int line, string message) => new($"supplement line {line}: {message}");

    private sealed class ActorBuilder(string name)
    {
        private readonly List<string> _aliases = [];
        private readonly List<CodedPeriod> _codes = [];
        private readonly List<ActorRole> _roles = [];
        private EntityType _type = EntityType.Person;

        public void Add(string keyword, string rest, int line)
        {
            switch (keyword)
            {
                case "type":
                    _type = rest switch
                    {
                        "person" => EntityType.Person,
                        "organization" => EntityType.Organization,
                        "country" => EntityType.Country,
                        "location" => EntityType.Location,
                        _ => throw Error(line, $"unknown type '{rest}'"),
                    };
                    break;
                case "alias":
                    _aliases.AddRange(rest.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                    break;
                case "code":
                    var (code, codeFrom, codeTo) = WithRange(rest, line);
                    _codes.Add(new CodedPeriod(code, codeFrom, codeTo));
                    break;
                case "role":
                    var (role, roleFrom, roleTo) = WithRange(rest, line);
                    var (country, title) = Split(role);
                    if (title.Length == 0)
                    {
                        throw Error(line, "a role needs a country code and a title");
                    }

                    _roles.Add(new ActorRole(country, title, roleFrom, roleTo));
                    break;
                default:
                    throw Error(line, $"unknown actor field '{keyword}'");
            }
        }

        public ActorEntry Build() => new(string.Empty, name, _type, [.. _aliases], [.. _codes], [.. _roles]);

        /// <summary>"PRKGOV 2011-12-17..": the words, and a date range when the last word is one.</summary>
        private static (string Words, DateOnly? From, DateOnly? To) WithRange(string rest, int line)
        {
            var space = rest.LastIndexOf(' ');
            var last = space < 0 ? rest : rest[(space + 1)..];
            if (!last.Contains("..", StringComparison.Ordinal))
            {
                return (rest, null, null);
            }

            if (!TryParseRange(last, out var from, out var to))
            {
                throw Error(line, $"cannot read the date range '{last}'");
            }

            return (space < 0 ? string.Empty : rest[..space].Trim(), from, to);
        }
    }
}
