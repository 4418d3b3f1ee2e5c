using System.Text.RegularExpressions;
using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// Reads PETRARCH-2 verb dictionaries (<c>CAMEO.2.0.txt</c>, <c>PETR.Validate.verbs.txt</c>):
/// synonym sets (<c>&amp;NAME</c> then <c>+PHRASE</c> lines), verb blocks (<c>--- NAME [CODE] ---</c>)
/// with their verbs (<c>VERB {IRREGULAR FORMS} [CODE]</c>, <c>+PHRASAL_VERB</c>) and patterns
/// (<c>- WORDS * WORDS [CODE]</c>). In patterns a blank lets other words come between two elements and
/// <c>_</c> does not; <c>$</c>, <c>+</c> and <c>%</c> stand for the source, target and a compound actor,
/// <c>^</c> for any noun phrase, and brackets only group. Patterns with disjunctions (<c>|</c>) or
/// undefined synsets are skipped, as PETRARCH does; the transformations section is not read.
/// </summary>
public static partial class VerbLexiconReader
{
    public static VerbLexicon ReadFile(string path, ICollection<string>? problems = null)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path), problems);
    }

    public static VerbLexicon Read(TextReader reader, string name, ICollection<string>? problems = null)
    {
        var synsetLines = new SynsetCollector();
        var blocks = new List<Block>();
        Block? block = null;
        foreach (var (number, text, _) in DictionaryLines.Read(reader))
        {
            var line = text.Trim();
            if (line.Length == 0)
            {
                synsetLines.Close();
                continue;
            }

            if (line.StartsWith('~'))
            {
                continue;
            }

            var header = BlockHeader().Match(line);
            if (header.Success)
            {
                synsetLines.Close();
                block = new Block(header.Groups["name"].Value, CodeOrNull(header.Groups["code"]) ?? "---");
                blocks.Add(block);
                continue;
            }

            if (synsetLines.TryRead(line))
            {
                continue;
            }

            synsetLines.Close();
            if (block is null)
            {
                problems?.Add($"{name} line {number}: outside a verb block: '{line}'");
                continue;
            }

            if (line.StartsWith('-'))
            {
                block.Patterns.Add((number, line));
            }
            else
            {
                block.Verbs.Add((number, line));
            }
        }

        var synsets = synsetLines.Expand();
        var senses = new List<VerbSense>();
        foreach (var b in blocks)
        {
            var patterns = b.Patterns
                .Select(p => ParsePattern(p.Line, name, b.Name, synsets, problems is null ? null : m => problems.Add($"{name} line {p.Number}: {m}")))
                .OfType<VerbPattern>()
                .OrderByDescending(p => p.Specificity)
                .ToArray();
            foreach (var (number, line) in b.Verbs)
            {
                var verb = VerbLine().Match(line);
                if (!verb.Success)
                {
                    problems?.Add($"{name} line {number}: not a verb: '{line}'");
                    continue;
                }

                var code = CodeOrNull(verb.Groups["code"]) ?? b.Code;
                var lemma = verb.Groups["verb"].Value;
                var rule = $"{name}:{b.Name}:{lemma.TrimStart('+')} [{code}]";
                foreach (var form in VerbForms.Of(lemma, verb.Groups["forms"].Success ? verb.Groups["forms"].Value : null))
                {
                    senses.Add(new VerbSense(form, b.Name, code, rule, patterns));
                }
            }
        }

        return new VerbLexicon(name, senses, synsets);
    }

    /// <summary>Parses "- WORDS * WORDS [CODE]"; null (with a problem reported) when it cannot be used.</summary>
    /// <param name="stems">Whether a literal word not closed by '_' matches as a stem, as TABARI reads patterns.</param>
    internal static VerbPattern? ParsePattern(string line, string file, string block, IReadOnlyDictionary<string, string[][]> synsets, Action<string>? problem, bool stems = false)
    {
        var match = PatternLine().Match(line);
        if (!match.Success)
        {
            problem?.Invoke($"not a pattern: '{line}'");
            return null;
        }

        var body = match.Groups["body"].Value;
        if (body.Contains('|', StringComparison.Ordinal))
        {
            problem?.Invoke($"disjunctions are not supported: '{line}'");
            return null;
        }

        // (word, joined to the previous one by '_', closed by a '_' after it); TABARI's '~' before the
        // '_' keeps a joined word a stem ("REAL~_PLEASANT" matches "really pleasant").
        var flat = new List<(string Text, bool Joined, bool Closed)>();
        foreach (var chunk in body.Split([' ', '\t', '(', ')', '{', '}'], StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = chunk.Split('_');
            var joined = false;
            for (var i = 0; i < parts.Length; i++)
            {
                var open = parts[i].EndsWith('~');
                parts[i] = parts[i].TrimEnd('~');
                if (parts[i].Length > 0)
                {
                    flat.Add((parts[i], joined, i < parts.Length - 1 && !open));
                    joined = true;
                }
                else
                {
                    joined = false;
                }
            }
        }

        var star = flat.FindIndex(e => e.Text is "*" or "**");
        if (star < 0)
        {
            problem?.Invoke($"no verb (*) in pattern: '{line}'");
            return null;
        }

        var before = new List<PatternElement>();
        for (var i = star - 1; i >= 0; i--)
        {
            var element = Element(flat[i].Text, flat[i + 1].Joined, synsets, stems && !flat[i].Closed);
            if (element is null)
            {
                problem?.Invoke($"undefined synset in '{line}'");
                return null;
            }

            if (element.Value.Text.Length > 0)
            {
                before.Add(element.Value);
            }
        }

        var after = new List<PatternElement>();
        for (var i = star + 1; i < flat.Count; i++)
        {
            var element = Element(flat[i].Text, flat[i].Joined, synsets, stems && !flat[i].Closed);
            if (element is null)
            {
                problem?.Invoke($"undefined synset in '{line}'");
                return null;
            }

            if (element.Value.Text.Length > 0)
            {
                after.Add(element.Value);
            }
        }

        var code = match.Groups["code"].Value.Trim();
        var rule = $"{file}:{block}:- {string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))} [{code}]";
        return new VerbPattern(before, after, code, rule);
    }

    private static PatternElement? Element(string text, bool adjacent, IReadOnlyDictionary<string, string[][]> synsets, bool stem)
    {
        switch (text)
        {
            case "$":
                return new PatternElement(PatternElementKind.Source, "$", adjacent);
            case "+":
                return new PatternElement(PatternElementKind.Target, "+", adjacent);
            case "%":
                return new PatternElement(PatternElementKind.Compound, "%", adjacent);
            case "^":
                return new PatternElement(PatternElementKind.NounPhrase, "^", adjacent);
        }

        if (text.StartsWith('&'))
        {
            var label = text[1..].TrimEnd('_');
            return synsets.ContainsKey(label) ? new PatternElement(PatternElementKind.Synset, label, adjacent) : null;
        }

        return new PatternElement(PatternElementKind.Word, text.ToUpperInvariant(), adjacent, stem);
    }

    private static string? CodeOrNull(Group group) => group.Success && group.Value.Trim().Length > 0 ? group.Value.Trim() : null;

    private sealed record Block(string Name, string Code)
    {
        public List<(int Number, string Line)> Verbs { get; } = [];

        public List<(int Number, string Line)> Patterns { get; } = [];
    }

    [GeneratedRegex(@"^---+\s*(?<name>[^\s\[]+)\s*(?:\[(?<code>[^\]]*)\])?\s*---+$")]
    private static partial Regex BlockHeader();

    [GeneratedRegex(@"^(?<verb>\+?[^\s\[{]+)\s*(?:\{(?<forms>[^}]*)\})?\s*(?:\[(?<code>[^\]]*)\])?\s*$")]
    private static partial Regex VerbLine();

    [GeneratedRegex(@"^-\s*(?<body>.*?)\s*\[(?<code>[^\]]*)\]\s*$")]
    private static partial Regex PatternLine();
}
