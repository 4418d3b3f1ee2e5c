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

    [GeneratedRegex(Qualifier + @"(?<currency>(?:\b(?:US|U\.S\.|C|A|HK|NZ|S)|\b(?i:us|hk|c|u\.s)\s)?\$|€|£|¥|₩|₽|₹|\b(?:USD|EUR|GBP|JPY|CNY|RUB|KRW|CHF|CAD|AUD|INR)\s)\s?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s?(?<scale>(?i:thousand|million|billion|trillion|bn|mn|tn|m|b|k))\b)?")]
    public static partial Regex SymbolMoney();

    [GeneratedRegex(Qualifier + "(?:" + Digits + "|" + NumberWord + ")" + WordScale + @"?\s+(?<currency>(?:(?i:U\.?S\.?|US|American|Canadian|Australian|Hong\s+Kong|New\s+Zealand|Singapore|Taiwan)\s+)?(?i:dollars?)|(?i:euros?)|(?:(?i:British)\s+)?(?i:pounds)(?:\s+(?i:sterling))?|(?i:Swiss\s+francs?|French\s+francs?|yuan|renminbi|r[uo]ubles?|won|yen|rupees?|Mexican\s+pesos?|Turkish\s+liras?|bitcoins?|Finnish\s+markkas?|pesetas?|(?:Dutch\s+|Netherlands\s+)?guilders?|Deutsche\s+marks?))\b")]
    public static partial Regex WordMoney();

    [GeneratedRegex(Qualifier + "(?:" + Digits + "|" + NumberWord + @")\s?(?:%|(?i:per\s?cent|percent)\b)")]
    public static partial Regex Percent();

    [GeneratedRegex(Qualifier + "(?:" + Digits + "|" + NumberWord + ")" + WordScale + "?")]
    public static partial Regex Count();

    [GeneratedRegex(@"\G[ \t]+(?<word>[A-Za-z][A-Za-z'’-]*)")]
    public static partial Regex NextWord();
}
