using System.Net;
using System.Text.RegularExpressions;
using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// Reads PETRARCH validation records (PETRARCH-2 <c>PETR.UnitTest.records.xml</c> and UD-PETRARCH
/// 2.02 <c>PETR_Validate_records_2_02.xml</c>): <c>&lt;Sentence id date category&gt;</c> elements with
/// <c>&lt;EventCoding sourcecode targetcode eventcode/&gt;</c> (or <c>noevents="True"</c>) and
/// <c>&lt;Text&gt;</c>; the parses are not read, except that a Treebank parse whose brackets do not
/// balance marks its record as rejected input, as PETRARCH rejects it (<c>bad_input_parse</c>). The <c>&lt;Environment&gt;</c> names the dictionaries.
/// The files are not well-formed XML (comments with "--" and nested comments, stray braces), so
/// they are read by pattern, after dropping the '#' header lines and comments.
/// <c>&lt;Config option="require_dyad" value="false"/&gt;</c> between records holds for the records
/// after it, as in PETRARCH-2; UD-PETRARCH's validator does not read <c>&lt;Config&gt;</c>, so in a
/// suite with CoNLL-U parses every record requires a dyad. The <c>comma_*</c> settings give the
/// comma-delimited clauses dropped before coding (<see cref="CommaClauseLimits"/>, PETRARCH's defaults
/// until a setting changes them); UD-PETRARCH's suite drops none.
/// </summary>
public static partial class PetrRecordReader
{
    public static (IReadOnlyList<CodingRecord> Records, SuiteDictionaryFiles Files) ReadFile(string path)
    {
        var lines = File.ReadLines(path).Where(l => !l.StartsWith('#'));
        var text = Comments().Replace(string.Join('\n', lines), string.Empty);
        var records = new List<CodingRecord>();
        var conll = ConllParse().IsMatch(text);
        var settings = ConfigSettings().Matches(text);
        foreach (Match sentence in Sentences().Matches(text))
        {
            var attributes = Attributes(sentence.Groups["attributes"].Value);
            var body = sentence.Groups["body"].Value;
            var textMatch = TextElement().Match(body);
            if (!textMatch.Success)
            {
                continue;
            }

            var expected = new List<ExpectedCoding>();
            foreach (Match coding in Codings().Matches(body))
            {
                var a = Attributes(coding.Groups["attributes"].Value);
                if (a.TryGetValue("eventcode", out var code))
                {
                    expected.Add(new ExpectedCoding(a.GetValueOrDefault("sourcecode", string.Empty), a.GetValueOrDefault("targetcode", string.Empty), code));
                }
            }

            DateOnly? date = DictionaryLines.TryParseDate(attributes.GetValueOrDefault("date", string.Empty), out var day) ? day : null;
            var evaluate = !string.Equals(attributes.GetValueOrDefault("evaluate"), "false", StringComparison.OrdinalIgnoreCase);
            var words = WebUtility.HtmlDecode(textMatch.Groups["text"].Value).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var options = conll ? CodingOptions.Default : OptionsAt(settings, sentence.Index);
            var unbalanced = !conll && ParseElement().Match(body) is { Success: true } parse && !Balanced(parse.Groups["parse"].ValueSpan);
            records.Add(new CodingRecord(attributes.GetValueOrDefault("id", string.Empty), attributes.GetValueOrDefault("category", string.Empty), date, string.Join(' ', words), expected, evaluate, Options: options, UnbalancedParse: unbalanced));
        }

        var files = new SuiteDictionaryFiles(
            Element(text, "Verbfile"),
            [.. EnvironmentElements(text, "Actorfile")],
            Element(text, "Agentfile"),
            Element(text, "Discardfile"),
            conll,
            Element(text, "PICOfile"));
        return (records, files);
    }

    /// <summary>
    /// The settings in force at <paramref name="position"/>: require_dyad as the last setting before it
    /// left it (PETRARCH's rule: any value containing "false" turns it off), else on; the comma_* clause
    /// lengths from PETRARCH's defaults (TABARI's) changed by every setting before it.
    /// </summary>
    private static CodingOptions OptionsAt(MatchCollection settings, int position)
    {
        var required = true;
        var commas = CommaClauseLimits.PetrarchDefault;
        foreach (Match setting in settings)
        {
            if (setting.Index > position)
            {
                break;
            }

            var name = setting.Groups["option"].Value;
            var value = setting.Groups["value"].Value;
            if (string.Equals(name, "require_dyad", StringComparison.OrdinalIgnoreCase))
            {
                required = !value.Contains("false", StringComparison.OrdinalIgnoreCase);
            }
            else if (name.StartsWith("comma_", StringComparison.OrdinalIgnoreCase) && int.TryParse(value, out var length))
            {
                commas = commas.With(name, length) ?? commas;
            }
        }

        return new CodingOptions(RequireDyad: required, Commas: commas);
    }

    /// <summary>Whether every bracket of a Treebank parse is closed, and none closed before it was opened.</summary>
    internal static bool Balanced(ReadOnlySpan<char> parse)
    {
        var depth = 0;
        foreach (var c in parse)
        {
            depth += c switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth < 0)
            {
                return false;
            }
        }

        return depth == 0;
    }

    private static Dictionary<string, string> Attributes(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match a in AttributePattern().Matches(text))
        {
            result[a.Groups["name"].Value] = a.Groups["value"].Value.Trim().Trim('"');
        }

        return result;
    }

    private static string? Element(string text, string name) => EnvironmentElements(text, name).FirstOrDefault();

    private static IEnumerable<string> EnvironmentElements(string text, string name) =>
        Regex.Matches(text, $"<{name}>(.*?)</{name}>", RegexOptions.Singleline, TimeSpan.FromSeconds(5)).Select(m => m.Groups[1].Value.Trim());

    /// <summary>A UD-PETRARCH parse: CoNLL-U lines ("1&lt;TAB&gt;Arnor&lt;TAB&gt;Arnor&lt;TAB&gt;PROPN…") right after <c>&lt;Parse&gt;</c>.</summary>
    [GeneratedRegex(@"<Parse>\s*1\t")]
    private static partial Regex ConllParse();

    [GeneratedRegex(@"<Config\s+option\s*=\s*""(?<option>[^""]*)""\s+value\s*=\s*""(?<value>[^""]*)""")]
    private static partial Regex ConfigSettings();

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comments();

    [GeneratedRegex(@"<Sentence\b(?<attributes>[^>]*)>(?<body>.*?)</Sentence>", RegexOptions.Singleline)]
    private static partial Regex Sentences();

    [GeneratedRegex(@"<Text>(?<text>.*?)</Text>", RegexOptions.Singleline)]
    private static partial Regex TextElement();

    [GeneratedRegex(@"<Parse>(?<parse>.*?)</Parse>", RegexOptions.Singleline)]
    private static partial Regex ParseElement();

    [GeneratedRegex(@"<EventCoding\b(?<attributes>[^>]*)>")]
    private static partial Regex Codings();

    [GeneratedRegex(@"(?<name>[A-Za-z_]+)\s*=\s*(?:""(?<value>[^""]*)""|'(?<value>[^']*)')")]
    private static partial Regex AttributePattern();
}
