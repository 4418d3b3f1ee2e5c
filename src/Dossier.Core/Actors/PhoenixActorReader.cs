using System.Text.RegularExpressions;

namespace Dossier.Core.Actors;

/// <summary>
/// Reads PETRARCH/TABARI actor dictionaries (the Phoenix <c>*.actors.txt</c> files): a primary phrase,
/// <c>+</c> synonym lines, and codes in brackets with an optional date restriction
/// (<c>[PRKGOV &gt;041201]</c>, <c>[RUSELI 700101-990809]</c>, <c>[USAGOV &lt;20010120]</c>), either on
/// the phrase's line or on indented lines after it. Restrictions with impossible dates are left out
/// and reported through <c>problems</c>.
/// </summary>
public static partial class PhoenixActorReader
{
    /// <param name="blanksMayHoldWords">
    /// Read a blank between phrase words as PETRARCH's and TABARI's dictionaries document it for patterns
    /// and agents, other words of the noun phrase may come between (marked for <see cref="Events.ActorLexicon"/>);
    /// false reads blanks as underscores, as the actor catalog does.
    /// </param>
    public static IReadOnlyList<ActorRecord> Read(TextReader reader, ICollection<string>? problems = null, bool blanksMayHoldWords = false)
    {
        Func<string, string> phraseOf = blanksMayHoldWords ? DictionaryLines.GappedPhrase : DictionaryLines.Phrase;
        var records = new List<ActorRecord>();
        string? phrase = null;
        string? comment = null;
        var synonyms = new List<string>();
        var periods = new List<CodedPeriod>();
        var sawCodeLine = false;

        void Flush()
        {
            if (phrase is { Length: > 0 })
            {
                records.Add(new ActorRecord(phrase, [.. synonyms], [.. periods], comment));
            }

            phrase = null;
            comment = null;
            synonyms.Clear();
            periods.Clear();
            sawCodeLine = false;
        }

        foreach (var (number, text, lineComment) in DictionaryLines.Read(reader))
        {
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var codes = Codes().Matches(text);
            var words = Codes().Replace(text, " ").Trim();
            if (words.Length == 0)
            {
                // An indented code line belongs to the record above it.
                AddCodes(codes, periods, number, problems);
                sawCodeLine = true;
                continue;
            }

            if (words.StartsWith('+') && phrase is not null && !sawCodeLine)
            {
                synonyms.Add(phraseOf(words.TrimStart('+')));
                AddCodes(codes, periods, number, problems);
                continue;
            }

            Flush();
            phrase = phraseOf(words.TrimStart('+'));
            comment = lineComment;
            AddCodes(codes, periods, number, problems);
        }

        Flush();
        return records;
    }

    private static void AddCodes(MatchCollection codes, List<CodedPeriod> periods, int line, ICollection<string>? problems)
    {
        foreach (Match code in codes)
        {
            var period = ParsePeriod(code.Groups["code"].Value, code.Groups["when"].Value);
            if (period is null)
            {
                problems?.Add($"line {line}: cannot read the date restriction '{code.Value}'");
                continue;
            }

            periods.Add(period);
        }
    }

    /// <summary>"&gt;041201", "&lt;041201", "700101-990809" or nothing, after the code.</summary>
    internal static CodedPeriod? ParsePeriod(string code, string when)
    {
        when = when.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (when.Length == 0)
        {
            return new CodedPeriod(code);
        }

        if (when[0] is '>' or '<')
        {
            if (!DictionaryLines.TryParseDate(when[1..], out var limit))
            {
                return null;
            }

            return when[0] == '>' ? new CodedPeriod(code, From: limit) : new CodedPeriod(code, To: limit);
        }

        var dash = when.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0 || !DictionaryLines.TryParseDate(when[..dash], out var from) || !DictionaryLines.TryParseDate(when[(dash + 1)..], out var to))
        {
            return null;
        }

        return new CodedPeriod(code, from, to);
    }

    [GeneratedRegex(@"\[(?<code>[^\s\]]+)(?:\s+(?<when>[^\]]*))?\]")]
    private static partial Regex Codes();
}
