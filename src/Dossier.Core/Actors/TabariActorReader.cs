using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Core.Actors;

/// <summary>
/// Reads TABARI actor dictionaries (<c>TABARI.Demo.actors</c>). The records are those of
/// <see cref="PhoenixActorReader"/> (phrase, <c>+</c> synonyms, codes with date restrictions on the
/// line or on indented lines after it); what TABARI adds is read here: the <c>&lt;NOUN&gt;</c> and
/// <c>&lt;ADJECTIVE&gt;</c> word lists (part-of-speech hints, not actors) are left out, <c>~~</c>
/// lines end nothing and are skipped, and a phrase word matches as a stem ("ARGENTIN" matches
/// "Argentina") unless an underscore or <c>=</c> follows it ("ARNOR_" matches only "Arnor"), and words
/// joined by a blank may have other words of the noun phrase between them ("PRINCE DOL_AMROTH" is
/// "Prince of Dol_Amroth", "ITHILEN TELEVISION" is "Ithilen state-run television"; the suite's CONNECT-02).
/// Stems come out with a trailing <c>*</c>, which <see cref="Events.ActorLexicon"/> reads. An actor
/// coded <c>[###]</c> (on its dates) is a discard: a sentence naming it is not coded.
/// </summary>
public static partial class TabariActorReader
{
    public static IReadOnlyList<ActorRecord> Read(TextReader reader, ICollection<string>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var kept = new StringBuilder();
        string? section = null;
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (section is not null)
            {
                if (trimmed.StartsWith($"</{section}>", StringComparison.OrdinalIgnoreCase))
                {
                    section = null;
                }

                kept.AppendLine();
                continue;
            }

            var open = SectionStart().Match(trimmed);
            if (open.Success)
            {
                section = open.Groups["name"].Value;
                kept.AppendLine();
                continue;
            }

            if (trimmed.StartsWith("~~", StringComparison.Ordinal))
            {
                kept.AppendLine();
                continue;
            }

            kept.AppendLine(MarkStems(line));
        }

        // '#' starts a comment for DictionaryLines, so the discard code is renamed while the lines are read.
        var records = PhoenixActorReader.Read(new StringReader(kept.ToString().Replace("[###", $"[{DiscardStandIn}", StringComparison.Ordinal)), problems);
        return [.. records.Select(r => r.Periods.Any(p => p.Code == DiscardStandIn)
            ? r with { Periods = [.. r.Periods.Select(p => p.Code == DiscardStandIn ? p with { Code = Events.SentenceCoder.DiscardCode } : p)] }
            : r)];
    }

    private const string DiscardStandIn = "=DISCARD=";

    /// <summary>
    /// "AL_GORE [AGR] ;c" → "AL GORE* [AGR] ;c": the words before the codes, each a stem unless '_' or '='
    /// ends it; a word after a blank rather than an underscore may come after other words of the noun
    /// phrase and is marked so for <see cref="Events.ActorLexicon"/> ("PRINCE DOL_AMROTH" → "PRINCE* …DOL AMROTH*").
    /// </summary>
    internal static string MarkStems(string line)
    {
        var end = line.IndexOfAny(['[', ';', '#']);
        var words = end < 0 ? line : line[..end];
        var rest = end < 0 ? string.Empty : line[end..];
        if (words.Trim().Length == 0)
        {
            return line;
        }

        var marked = new StringBuilder(words.Length + 8);
        var word = new StringBuilder();
        var afterBlank = false;
        void EndWord(bool blank)
        {
            if (word.Length > 0)
            {
                marked.Append(word).Append(blank ? "* " : " ");
                word.Clear();
                afterBlank = blank;
            }
        }

        foreach (var c in words.Trim())
        {
            switch (c)
            {
                case '_' or '=':
                    EndWord(blank: false);
                    break;
                case ' ' or '\t':
                    EndWord(blank: true);
                    break;
                default:
                    if (word.Length == 0 && afterBlank)
                    {
                        word.Append(Events.ActorLexicon.GapMark);
                        afterBlank = false;
                    }

                    word.Append(c);
                    break;
            }
        }

        EndWord(blank: true);
        return marked.ToString().TrimEnd() + " " + rest;
    }

    [GeneratedRegex(@"^<(?<name>NOUN|ADJECTIVE)>", RegexOptions.IgnoreCase)]
    private static partial Regex SectionStart();
}
