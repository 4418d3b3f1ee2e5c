using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Core.Model;

namespace Dossier.Core.Cleaning;

/// <summary>
/// Reads a publication date written the ways news pages state it: ISO 8601, "2019.04.23 11:57 GMT+8",
/// "Updated"-less "10:07, 25-Apr-2019", "April 27th, 2019", "Apr. 18, 2019", "25 April 2019",
/// "April 25, 2019 10:07 AM". The precision is what the text states; the offset is set only when a zone is given.
/// </summary>
public static partial class PublicationDateParser
{
    private static readonly string[] MonthNames =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    private static readonly Dictionary<string, int> ZoneAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["KST"] = 9 * 60,
        ["JST"] = 9 * 60,
        ["HKT"] = 8 * 60,
        ["SGT"] = 8 * 60,
        ["MSK"] = 3 * 60,
        ["CET"] = 60,
        ["CEST"] = 2 * 60,
        ["BST"] = 60,
        ["EST"] = -5 * 60,
        ["EDT"] = -4 * 60,
        ["PST"] = -8 * 60,
        ["PDT"] = -7 * 60,
    };

    /// <summary>The date <paramref name="text"/> states as a whole, or null when it is not (only) a date.</summary>
    public static PublicationDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = TextNormalization.CollapseWhitespace(text).Replace('\u2212', '-');
        if (s.Length > 80)
        {
            return null;
        }

        return ParseIso(s) ?? ParseWritten(s);
    }

    private static PublicationDate? ParseIso(string s)
    {
        var m = IsoRegex().Match(s);
        if (!m.Success)
        {
            return null;
        }

        var year = Int(m, "y");
        var month = Int(m, "mo");
        if (!m.Groups["d"].Success)
        {
            return Build(year, month, 1, null, DatePrecision.Month, null);
        }

        var day = Int(m, "d");
        if (!m.Groups["h"].Success)
        {
            return Build(year, month, day, null, DatePrecision.Day, null);
        }

        var hour = Int(m, "h");
        var minute = Int(m, "mi");
        var second = m.Groups["s"].Success ? Int(m, "s") : 0;
        if (hour > 23 || minute > 59 || second > 59)
        {
            return null;
        }

        var time = new TimeOnly(hour, minute, second);
        TimeSpan? offset = null;
        if (m.Groups["z"].Success)
        {
            offset = m.Groups["z"].Value is "Z" or "z"
                ? TimeSpan.Zero
                : ParseOffset(m.Groups["z"].Value[0], m.Groups["zh"].Value, m.Groups["zm"].Value);
            if (offset is null)
            {
                return null;
            }
        }

        return Build(year, month, day, time, DatePrecision.Minute, offset);
    }

    private static PublicationDate? ParseWritten(string s)
    {
        TimeSpan? offset = null;
        var zone = ZoneRegex().Match(s);
        if (zone.Success)
        {
            if (zone.Groups["abbr"].Success)
            {
                offset = TimeSpan.FromMinutes(ZoneAbbreviations[zone.Groups["abbr"].Value]);
            }
            else if (zone.Groups["sign"].Success)
            {
                offset = ParseOffset(zone.Groups["sign"].Value[0], zone.Groups["zh"].Value, zone.Groups["zm"].Value);
                if (offset is null)
                {
                    return null;
                }
            }
            else
            {
                offset = TimeSpan.Zero;
            }

            s = s[..zone.Index];
        }

        TimeOnly? time = null;
        var t = TimeRegex().Match(s);
        if (t.Success)
        {
            var hour = Int(t, "h");
            var minute = Int(t, "mi");
            var second = t.Groups["s"].Success ? Int(t, "s") : 0;
            if (t.Groups["ap"].Success)
            {
                if (hour is < 1 or > 12)
                {
                    return null;
                }

                var pm = t.Groups["ap"].Value is "p" or "P";
                hour = (hour % 12) + (pm ? 12 : 0);
            }

            if (hour > 23 || minute > 59 || second > 59)
            {
                return null;
            }

            time = new TimeOnly(hour, minute, second);
            s = string.Concat(s.AsSpan(0, t.Index), " ", s.AsSpan(t.Index + t.Length));
        }

        s = WeekdayRegex().Replace(s, " ");
        s = EdgeNoiseRegex().Replace(s, string.Empty).Trim();

        var dmy = DayMonthYearRegex().Match(s);
        if (dmy.Success)
        {
            return FromParts(Int(dmy, "y"), MonthNumber(dmy.Groups["mon"].Value), Int(dmy, "d"), time, offset);
        }

        var mdy = MonthDayYearRegex().Match(s);
        if (mdy.Success)
        {
            return FromParts(Int(mdy, "y"), MonthNumber(mdy.Groups["mon"].Value), Int(mdy, "d"), time, offset);
        }

        var ymd = YearMonthDayRegex().Match(s);
        if (ymd.Success)
        {
            return FromParts(Int(ymd, "y"), Int(ymd, "m"), Int(ymd, "d"), time, offset);
        }

        if (time is not null)
        {
            return null;
        }

        var my = MonthYearRegex().Match(s);
        if (my.Success)
        {
            var month = MonthNumber(my.Groups["mon"].Value);
            return month == 0 ? null : Build(Int(my, "y"), month, 1, null, DatePrecision.Month, offset);
        }

        var y = YearRegex().Match(s);
        return y.Success ? Build(Int(y, "y"), 1, 1, null, DatePrecision.Year, offset) : null;
    }

    private static PublicationDate? FromParts(int year, int month, int day, TimeOnly? time, TimeSpan? offset) =>
        month == 0 ? null : Build(year, month, day, time, time is null ? DatePrecision.Day : DatePrecision.Minute, offset);

    private static PublicationDate? Build(int year, int month, int day, TimeOnly? time, DatePrecision precision, TimeSpan? offset)
    {
        if (year is < 1800 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var value = new DateTime(new DateOnly(year, month, day), time ?? TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new PublicationDate(value, precision, offset);
    }

    private static TimeSpan? ParseOffset(char sign, string hours, string minutes)
    {
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = minutes.Length > 0 ? int.Parse(minutes, CultureInfo.InvariantCulture) : 0;
        if (h > 14 || m > 59)
        {
            return null;
        }

        var span = new TimeSpan(h, m, 0);
        return sign == '-' ? -span : span;
    }

    /// <summary>1–12 for a month name or a standard abbreviation of one ("Sept", "Apr"), else 0.</summary>
    private static int MonthNumber(string word)
    {
        if (word.Length < 3)
        {
            return 0;
        }

        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i].StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<y>\d{4})-(?<mo>\d{2})(?:-(?<d>\d{2})(?:[T ](?<h>\d{2}):(?<mi>\d{2})(?::(?<s>\d{2})(?:[.,]\d+)?)?\s*(?<z>[Zz]|(?<zs>[+-])(?<zh>\d{2})(?::?(?<zm>\d{2}))?)?)?)?$")]
    private static partial Regex IsoRegex();

    [GeneratedRegex(@"\s*\(?\b(?:(?:GMT|UTC)\s*(?:(?<sign>[+-])\s*(?<zh>\d{1,2})(?::?(?<zm>\d{2}))?)?|(?<abbr>KST|JST|HKT|SGT|MSK|CEST|CET|BST|EST|EDT|PST|PDT))\)?\s*$|\s(?<sign>[+-])(?<zh>\d{2}):?(?<zm>\d{2})\s*$")]
    private static partial Regex ZoneRegex();

    [GeneratedRegex(@"(?<![\d:.])(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?(?:\s*(?<ap>[AaPp])\.?\s?[Mm]\.?)?(?![\d:])")]
    private static partial Regex TimeRegex();

    [GeneratedRegex(@"\b(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayRegex();

    [GeneratedRegex(@"^(?:[\s,|·•@\-]|\b(?:at|on)\b)+|(?:[\s,|·•@\-]|\bat\b)+$", RegexOptions.IgnoreCase)]
    private static partial Regex EdgeNoiseRegex();

    [GeneratedRegex(@"^(?<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s\-/.]*(?<mon>[A-Za-z]{3,9})\.?,?[\s\-/.]*(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYearRegex();

    [GeneratedRegex(@"^(?<mon>[A-Za-z]{3,9})\.?\s*(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s*(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYearRegex();

    [GeneratedRegex(@"^(?<y>\d{4})\s*[./\-]\s*(?<m>\d{1,2})\s*[./\-]\s*(?<d>\d{1,2})$")]
    private static partial Regex YearMonthDayRegex();

    [GeneratedRegex(@"^(?<mon>[A-Za-z]{3,9})\.?,?\s+(?<y>\d{4})$", RegexOptions.IgnoreCase)]
    private static partial Regex MonthYearRegex();

    [GeneratedRegex(@"^(?<y>\d{4})$")]
    private static partial Regex YearRegex();
}
