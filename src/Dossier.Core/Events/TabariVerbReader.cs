using System.Text.RegularExpressions;
using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// Reads TABARI verb dictionaries (<c>TABARI.Demo.verbs</c>) into the same <see cref="VerbLexicon"/>
/// as PETRARCH's. TABARI has no <c>--- BLOCK ---</c> headers: each verb line (<c>VERB [CODE]</c>,
/// several words for a phrasal verb) is a block of its own, optionally followed by a line of
/// irregular forms in braces and by its <c>- PATTERN [CODE]</c> lines. A verb matches as a stem
/// ("RESTOR": any word starting so) unless an underscore or <c>=</c> ends it, which allows only the
/// regular -S, -ES, -ED, -EN and -ING endings; its listed forms are added, read the same way. Synonym sets are read from the <c>&lt;SYNSETS&gt;</c> section
/// as PETRARCH's are; the <c>&lt;TIME&gt;</c> section (date shifts) is not read. Disjunctions in
/// patterns (<c>{ A | B }</c>) become one pattern per alternative, a pattern word not closed
/// by '_' is a stem ("MEET" matches "meeting"), and so is one closed by <c>~_</c>
/// ("REAL~_PLEASANT" matches "really pleasant"); the pattern syntax is otherwise PETRARCH's. TABARI keeps its discards in
/// the verb file: a verb line coded <c>[###]</c> (discard) or <c>[+++]</c> (too complex to code)
/// is a phrase that stops its sentence from being coded, and comes back in the discard list.
/// </summary>
public static partial class TabariVerbReader
{
    private const string NotCoded = "=NOT-CODED=";

    public static (VerbLexicon Verbs, DiscardList Discards) ReadFile(string path, ICollection<string>? problems = null)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path), problems);
    }

    public static (VerbLexicon Verbs, DiscardList Discards) Read(TextReader reader, string name, ICollection<string>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(reader);

        // '#' starts a comment for DictionaryLines, so the ### code is renamed before the lines are read.
        var text = NotCodedCode().Replace(reader.ReadToEnd(), $"[{NotCoded}]");
        var discards = new List<(string Phrase, bool Story)>();
        var synsetLines = new SynsetCollector();
        var verbs = new List<Verb>();
        Verb? verb = null;
        string? section = null;
        foreach (var (number, raw, _) in DictionaryLines.Read(new StringReader(text)))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("~~", StringComparison.Ordinal))
            {
                continue;
            }

            var tag = SectionTag().Match(line);
            if (tag.Success)
            {
                section = tag.Groups["close"].Success ? null : tag.Groups["name"].Value.ToUpperInvariant();
                synsetLines.Close();
                continue;
            }

            if (section == "SYNSETS")
            {
                synsetLines.TryRead(line);
                continue;
            }

            if (section is not null)
            {
                continue;
            }

            if (line.StartsWith('-'))
            {
                if (verb is null)
                {
                    problems?.Add($"{name} line {number}: a pattern before any verb: '{line}'");
                    continue;
                }

                verb.Patterns.Add((number, line));
                continue;
            }

            if (line.StartsWith('{') && verb is not null && verb.Patterns.Count == 0)
            {
                verb.Irregular.AddRange(line.Trim('{', '}', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
                continue;
            }

            var head = VerbLine().Match(line);
            if (!head.Success)
            {
                problems?.Add($"{name} line {number}: not a verb: '{line}'");
                verb = null;
                continue;
            }

            verb = new Verb(head.Groups["verb"].Value.Trim(), head.Groups["code"].Value.Trim().TrimEnd('!'));
            if (verb.Code == NotCoded)
            {
                discards.Add((verb.Text.Replace('=', '_'), false));
            }
            else
            {
                verbs.Add(verb);
            }
        }

        var synsets = synsetLines.Expand();
        var senses = new List<VerbSense>();
        foreach (var v in verbs)
        {
            var block = string.Join('_', Words(v.Text));
            if (block.Length == 0)
            {
                continue;
            }

            var patterns = v.Patterns
                .SelectMany(p => Alternatives(p.Line).Select(line => (p.Number, Line: line)))
                .Select(p => VerbLexiconReader.ParsePattern(p.Line, name, block, synsets, problems is null ? null : m => problems.Add($"{name} line {p.Number}: {m}"), stems: true))
                .OfType<VerbPattern>()
                .Select(p => p.Code == NotCoded ? p with { Code = SentenceCoder.DiscardCode } : p)
                .OrderByDescending(p => p.Specificity)
                .ToArray();
            var code = v.Code.Length == 0 ? "---" : v.Code;
            var rule = $"{name}:{block} [{code}]";
            foreach (var (form, stem) in Forms(v.Text, v.Irregular))
            {
                senses.Add(new VerbSense(form, block, code, rule, patterns, stem));
            }
        }

        return (new VerbLexicon(name, senses, synsets), new DiscardList(discards));
    }

    /// <summary>
    /// The forms of a TABARI verb and whether each one's first word is a stem: a word without a
    /// closing '_' or '=' is a stem ("RESTOR" matches "restored"); one with it takes only the
    /// regular endings ("DEPART_": departs, departed, departing). Listed forms follow the same rule.
    /// </summary>
    internal static IEnumerable<(string[] Words, bool Stem)> Forms(string verb, IReadOnlyList<string> irregular)
    {
        var words = Words(verb);
        if (words.Length == 0)
        {
            yield break;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rest = words[1..];
        foreach (var (form, stem) in FormsOf(verb, words[0], rest).Concat(irregular.SelectMany(f => Words(f) is { Length: > 0 } w ? FormsOf(f, w[0], w.Length == 1 ? rest : w[1..]) : [])))
        {
            if (seen.Add((stem ? "*" : string.Empty) + string.Join(' ', form)))
            {
                yield return (form, stem);
            }
        }
    }

    private static IEnumerable<(string[] Words, bool Stem)> FormsOf(string raw, string first, string[] rest)
    {
        var start = raw.IndexOf(first, StringComparison.OrdinalIgnoreCase);
        var after = start >= 0 && start + first.Length < raw.Length ? raw[start + first.Length] : ' ';
        if (after is not ('_' or '='))
        {
            yield return ([first, .. rest], true);
            yield break;
        }

        yield return ([first, .. rest], false);
        foreach (var ending in VerbForms.Regular(first).Concat([first + "ES", first + "EN"]))
        {
            yield return ([ending, .. rest], false);
        }
    }

    /// <summary>"- A { B | C D } * [1]" → "- A B * [1]", "- A C D * [1]"; a line without braces is itself.</summary>
    internal static IEnumerable<string> Alternatives(string line)
    {
        var match = Disjunction().Match(line);
        if (!match.Success)
        {
            yield return line;
            yield break;
        }

        foreach (var choice in match.Groups["choices"].Value.Split('|'))
        {
            // The underscores around the braces stay, so an alternative is joined as the braces were.
            var replaced = string.Concat(line.AsSpan(0, match.Index), choice.Trim().Trim('_'), line.AsSpan(match.Index + match.Length));
            foreach (var expanded in Alternatives(replaced))
            {
                yield return expanded;
            }
        }
    }

    private static string[] Words(string raw) =>
        raw.Replace('_', ' ').Replace('=', ' ').ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private sealed record Verb(string Text, string Code)
    {
        public List<string> Irregular { get; } = [];

        public List<(int Number, string Line)> Patterns { get; } = [];
    }

    [GeneratedRegex(@"\[\s*(?:###|\+\+\+)\s*\]")]
    private static partial Regex NotCodedCode();

    [GeneratedRegex(@"^<(?<close>/)?(?<name>[A-Za-z]+)>")]
    private static partial Regex SectionTag();

    [GeneratedRegex(@"^(?<verb>[^\[\-{&+<][^\[]*?)\s*\[(?<code>[^\]]*)\]")]
    private static partial Regex VerbLine();

    [GeneratedRegex(@"\{(?<choices>[^{}]*\|[^{}]*)\}")]
    private static partial Regex Disjunction();
}
