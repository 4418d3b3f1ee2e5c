using System.Text.RegularExpressions;

namespace Dossier.Core.Recognition;

/// <summary>The regular expressions behind <see cref="AmountRecognizer"/>.</summary>
internal static partial class AmountPatterns
{
    private const string Qualifier =
        @"(?:\b(?<qualifier>(?i:about|around|approximately|roughly|nearly|almost|more\s+than|over|at\s+least|up\s+to|as\s+many\s+as|as\s+much\s+as|fewer\s+than|less\s+than|under))\s+)?";

    private const string Digits = @"(?<![\w.,/:$€£¥-])(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d/:]|[.,]\d|-\d)";

    private const string NumberWord =
        @"\b(?<number>(?i:half\s+a|a\s+half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a\s+hundred|hundred|a\s+dozen|dozen))\b";

    private const string WordScale = @"(?:\s+(?<scale>(?i:thousand|million|billion|trillion))\b)";

    [GeneratedRegex(Qualifier + @"(?<currency>US\$|\$|€|£|¥)\s?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<scale>(?i:thousand|million|billion|trillion|bn|mn|tn|m|b|k))\b)?")]
    public static partial Regex SymbolMoney();

    [GeneratedRegex(Qualifier + "(?:" + Digits + "|" + NumberWord + ")" + WordScale + @"?\s+(?<currency>(?:U\.?S\.?\s+|US\s+|American\s+)?dollars|euros?|(?:British\s+)?pounds(?:\s+sterling)?|yuan|renminbi|r[uo]ubles?|won|yen)\b")]
    public static partial Regex WordMoney();

    [GeneratedRegex(Qualifier + "(?:" + Digits + "|" + NumberWord + @")\s?(?:%|(?i:per\s?cent|percent)\b)")]
    public static partial Regex Percent();

    [GeneratedRegex(Qualifier + "(?:" + Digits + "|" + NumberWord + ")" + WordScale + "?")]
    public static partial Regex Count();

    [GeneratedRegex(@"\G[ \t]+(?<word>[A-Za-z][A-Za-z'’-]*)")]
    public static partial Regex NextWord();
}
