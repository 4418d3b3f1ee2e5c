using System.Text.RegularExpressions;
using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// Reads TABARI validation records (<c>Validate.text</c>): a <c>DATE ID</c> line, the text, then a
/// <c>/* … */</c> comment whose lines starting with <c>\n{</c> give the expected codings
/// (<c>{ SRC / TGT / CODE }</c>, maybe followed by a date and notes). <c>{---}</c>, <c>{+++}</c>
/// and <c>{###}</c> expect no event (nothing to code, too complex, discarded); <c>-{…}</c> is a
/// coding the suite has deactivated and is ignored; <c>{ OPTION: … }</c> makes the record one that
/// changes TABARI's settings for the records after it. <c>#</c> lines are banners. The category is
/// the id before its first hyphen ("DEMO-01" → DEMO).
/// Records are marked not to evaluate, with the reason, when they set options, when they are coded
/// under a setting other than the suite's own (<see cref="TabariOptionState"/>), when they expect
/// nothing at all (no active coding and no marker), and from the suite's termination record
/// (<c>FINAL-01</c>) on: the suite says the records after it need other settings or crash TABARI.
/// Each record carries the <c>SET: CODE …</c> scope in force (by clause, TABARI's default: the first
/// coded verb of each clause).
/// </summary>
public static partial class TabariRecordReader
{

    public static IReadOnlyList<CodingRecord> ReadFile(string path, IEnumerable<string> optionsFileLines)
    {
        using var reader = new StreamReader(path);
        return Read(reader, optionsFileLines);
    }

    public static IReadOnlyList<CodingRecord> Read(TextReader reader, IEnumerable<string> optionsFileLines)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var options = new TabariOptionState(optionsFileLines);
        var records = new List<CodingRecord>();
        var afterEnd = false;
        Draft? draft = null;
        var inComment = false;

        void Finish()
        {
            if (draft is null)
            {
                return;
            }

            afterEnd |= draft.Id.StartsWith("FINAL", StringComparison.OrdinalIgnoreCase);
            string? skip = null;
            if (afterEnd)
            {
                skip = "at or after the suite's termination record FINAL-01 (the suite says the rest need other settings or crash TABARI)";
            }
            else if (draft.Options.Count > 0)
            {
                skip = "sets options: " + string.Join("; ", draft.Options);
            }
            else if (options.Changed is { } changed)
            {
                skip = $"coded under the option '{changed}', which Dossier does not emulate";
            }
            else if (draft.Expected.Count == 0 && !draft.ExpectsNothing)
            {
                skip = draft.Deactivated > 0 ? "its only codings are deactivated (-{…})" : "no expected codings";
            }

            foreach (var option in draft.Options)
            {
                options.Set(option);
            }

            var dash = draft.Id.IndexOf('-', StringComparison.Ordinal);
            var category = dash > 0 ? draft.Id[..dash] : draft.Id;
            var text = string.Join(' ', string.Join(' ', draft.Text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            records.Add(new CodingRecord(draft.Id, category, draft.Date, text, draft.Expected, skip is null, skip, new CodingOptions(Scope: options.Scope, Commas: options.Commas, MinimumWords: options.MinimumWords)));
            draft = null;
        }

        while (reader.ReadLine() is { } line)
        {
            if (inComment)
            {
                var close = line.IndexOf("*/", StringComparison.Ordinal);
                ReadCommentLine(close < 0 ? line : line[..close], draft!);
                if (close >= 0)
                {
                    inComment = false;
                    draft!.CommentDone = true;
                }

                continue;
            }

            if (line.StartsWith('#'))
            {
                continue;
            }

            var header = Header().Match(line);
            if (header.Success)
            {
                Finish();
                DateOnly? date = DictionaryLines.TryParseDate(header.Groups["date"].Value, out var day) ? day : null;
                draft = new Draft(header.Groups["id"].Value, date);
                continue;
            }

            if (draft is null || draft.CommentDone)
            {
                continue;
            }

            var open = line.IndexOf("/*", StringComparison.Ordinal);
            if (open >= 0)
            {
                draft.Text.Add(line[..open]);
                var rest = line[(open + 2)..];
                var close = rest.IndexOf("*/", StringComparison.Ordinal);
                ReadCommentLine(close < 0 ? rest : rest[..close], draft);
                inComment = close < 0;
                draft.CommentDone = close >= 0;
                continue;
            }

            draft.Text.Add(line);
        }

        Finish();
        return records;
    }

    private static void ReadCommentLine(string line, Draft draft)
    {
        var text = line.Trim();
        if (text.StartsWith("\\n", StringComparison.Ordinal))
        {
            text = text[2..].TrimStart();
        }

        if (text.StartsWith("-{", StringComparison.Ordinal))
        {
            draft.Deactivated++;
            return;
        }

        if (!text.StartsWith('{'))
        {
            return;
        }

        var end = text.IndexOf('}', StringComparison.Ordinal);
        var body = (end < 0 ? text[1..] : text[1..end]).Trim();
        if (body.StartsWith("OPTION:", StringComparison.OrdinalIgnoreCase))
        {
            draft.Options.Add(string.Join(' ', body["OPTION:".Length..].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            return;
        }

        if (body is "---" or "+++" or "###")
        {
            draft.ExpectsNothing = true;
            return;
        }

        var parts = body.Split('/');
        if (parts.Length == 3)
        {
            draft.Expected.Add(new ExpectedCoding(parts[0].Trim(), parts[1].Trim(), parts[2].Trim()));
        }
    }

    private sealed record Draft(string Id, DateOnly? Date)
    {
        public List<string> Text { get; } = [];

        public List<ExpectedCoding> Expected { get; } = [];

        public List<string> Options { get; } = [];

        public bool ExpectsNothing { get; set; }

        public int Deactivated { get; set; }

        public bool CommentDone { get; set; }
    }

    [GeneratedRegex(@"^(?<date>\d{6,8})\s+(?<id>\S+)")]
    private static partial Regex Header();
}
