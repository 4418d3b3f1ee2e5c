using System.Globalization;

namespace Dossier.Core.Actors;

/// <summary>The comment and date rules that every PETRARCH dictionary shares.</summary>
internal static class DictionaryLines
{
    /// <summary>
    /// The lines of a dictionary without comments (<c>#</c>, the legacy <c>;</c> and <c>&lt;!-- --&gt;</c>,
    /// which may span lines), each with its comment text and 1-based number. Blank lines come out empty.
    /// </summary>
    public static IEnumerable<(int Number, string Text, string? Comment)> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var inBlock = false;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (inBlock)
            {
                var close = line.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                {
                    continue;
                }

                inBlock = false;
                line = line[(close + 3)..];
            }

            var open = line.IndexOf("<!--", StringComparison.Ordinal);
            if (open >= 0)
            {
                var close = line.IndexOf("-->", open + 4, StringComparison.Ordinal);
                if (close < 0)
                {
                    inBlock = true;
                    line = line[..open];
                }
                else
                {
                    line = line[..open] + line[(close + 3)..];
                }
            }

            string? comment = null;
            var cut = line.IndexOfAny(['#', ';']);
            if (cut >= 0)
            {
                comment = line[(cut + 1)..].Trim();
                line = line[..cut];
            }

            yield return (number, line.TrimEnd(), comment);
        }
    }

    /// <summary>A phrase as the dictionaries write it ("KIM_JONG_IL_") in words separated by single spaces.</summary>
    public static string Phrase(string raw) =>
        string.Join(' ', raw.Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// A phrase as <see cref="Phrase"/> gives it, except that a word after a blank (rather than an
    /// underscore) carries <see cref="Events.ActorLexicon.GapMark"/>: other words may come before it
    /// ("ITHILEN TELEVISION" → "ITHILEN …TELEVISION", "PRINCE OF DOL_AMROTH" → "PRINCE …OF …DOL AMROTH").
    /// </summary>
    public static string GappedPhrase(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var pieces = raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', pieces.Select((piece, i) => i == 0 || piece.StartsWith('_') ? Phrase(piece) : Events.ActorLexicon.GapMark + Phrase(piece)).Where(p => p.Length > 0 && p != Events.ActorLexicon.GapMark.ToString()));
    }

    /// <summary>YYYYMMDD, or YYMMDD with 00–30 read as 20YY and the rest as 19YY, as KEDS and TABARI did.</summary>
    public static bool TryParseDate(string text, out DateOnly date)
    {
        date = default;
        text = text.Trim();
        if (text.Length > 8 && text.All(char.IsAsciiDigit))
        {
            // PETRARCH reads only the first eight digits of a long date.
            text = text[..8];
        }

        if (text.Length is < 6 or > 8 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        int year, rest;
        if (text.Length <= 7)
        {
            var yy = int.Parse(text[..2], CultureInfo.InvariantCulture);
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        }
        else
        {
            year = int.Parse(text[..4], CultureInfo.InvariantCulture);
            rest = 4;
        }

        var month = int.Parse(text.AsSpan(rest, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(text.AsSpan(rest + 2, 2), CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }
}
