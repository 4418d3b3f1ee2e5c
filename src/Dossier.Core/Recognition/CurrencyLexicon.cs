using System.Collections.Frozen;

namespace Dossier.Core.Recognition;

/// <summary>
/// Currency signs, codes and names → ISO 4217 codes (historic codes for pre-euro currencies). A
/// bare "dollars" is read as US dollars, as English-language news uses it; "rupees" as Indian
/// rupees; francs whose country the text does not say stay "franc".
/// </summary>
internal static class CurrencyLexicon
{
    public static readonly FrozenDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["$"] = "USD",
        ["US$"] = "USD",
        ["U.S.$"] = "USD",
        ["U.S $"] = "USD",
        ["US $"] = "USD",
        ["USD$"] = "USD",
        ["C$"] = "CAD",
        ["C $"] = "CAD",
        ["CAD$"] = "CAD",
        ["A$"] = "AUD",
        ["AUD$"] = "AUD",
        ["HK$"] = "HKD",
        ["HK $"] = "HKD",
        ["NZ$"] = "NZD",
        ["NZD$"] = "NZD",
        ["S$"] = "SGD",
        ["Mex$"] = "MXN",
        ["MXN$"] = "MXN",
        ["€"] = "EUR",
        ["£"] = "GBP",
        ["¥"] = "JPY",
        ["₩"] = "KRW",
        ["₽"] = "RUB",
        ["₹"] = "INR",
        ["₿"] = "BTC",
        ["₡"] = "CRC",
        ["₾"] = "GEL",
        ["₭"] = "LAK",
        ["₴"] = "UAH",
        ["₺"] = "TRY",
        ["₦"] = "NGN",
        ["₱"] = "PHP",
        ["₫"] = "VND",
        ["₪"] = "ILS",
        ["dollar"] = "USD",
        ["dollars"] = "USD",
        ["U.S. dollar"] = "USD",
        ["U.S. dollars"] = "USD",
        ["US dollar"] = "USD",
        ["US dollars"] = "USD",
        ["American dollars"] = "USD",
        ["Canadian dollar"] = "CAD",
        ["Canadian dollars"] = "CAD",
        ["Australian dollar"] = "AUD",
        ["Australian dollars"] = "AUD",
        ["Hong Kong dollar"] = "HKD",
        ["Hong Kong dollars"] = "HKD",
        ["New Zealand dollar"] = "NZD",
        ["New Zealand dollars"] = "NZD",
        ["Singapore dollar"] = "SGD",
        ["Singapore dollars"] = "SGD",
        ["Taiwan dollar"] = "TWD",
        ["Taiwan dollars"] = "TWD",
        ["Swiss franc"] = "CHF",
        ["Swiss francs"] = "CHF",
        ["French franc"] = "FRF",
        ["French francs"] = "FRF",
        ["franc"] = "franc",
        ["francs"] = "franc",
        ["rupee"] = "INR",
        ["rupees"] = "INR",
        ["Mexican peso"] = "MXN",
        ["Mexican pesos"] = "MXN",
        ["Turkish lira"] = "TRY",
        ["Turkish liras"] = "TRY",
        ["bitcoin"] = "BTC",
        ["bitcoins"] = "BTC",
        ["Finnish markka"] = "FIM",
        ["Finnish markkas"] = "FIM",
        ["peseta"] = "ESP",
        ["pesetas"] = "ESP",
        ["guilder"] = "NLG",
        ["guilders"] = "NLG",
        ["Dutch guilder"] = "NLG",
        ["Dutch guilders"] = "NLG",
        ["Deutsche mark"] = "DEM",
        ["Deutsche marks"] = "DEM",
        ["euro"] = "EUR",
        ["euros"] = "EUR",
        ["pound"] = "GBP",
        ["pounds"] = "GBP",
        ["pounds sterling"] = "GBP",
        ["British pounds"] = "GBP",
        ["yen"] = "JPY",
        ["yuan"] = "CNY",
        ["Chinese yuan"] = "CNY",
        ["renminbi"] = "CNY",
        ["rmb"] = "CNY",
        ["ruble"] = "RUB",
        ["rubles"] = "RUB",
        ["rouble"] = "RUB",
        ["roubles"] = "RUB",
        ["won"] = "KRW",
        ["cent"] = "cents",
        ["cents"] = "cents",
        ["penny"] = "pence",
        ["pence"] = "pence",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>ISO 4217 codes written before or after the number ("USD 200", "115USD").</summary>
    public static readonly FrozenSet<string> IsoCodes = new[]
    {
        "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "RUB", "KRW", "KPW", "CHF", "CAD", "AUD", "INR", "HKD", "NZD", "SGD",
        "MXN", "TRY", "BTC", "SEK", "NOK", "DKK", "BRL", "ZAR",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string? Code(string written)
    {
        var normalised = string.Join(' ', written.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (IsoCodes.Contains(normalised))
        {
            return normalised.Equals("RMB", StringComparison.OrdinalIgnoreCase) ? "CNY" : normalised.ToUpperInvariant();
        }

        return Codes.TryGetValue(normalised, out var code) ? code : null;
    }
}
