using System.Collections.Frozen;

namespace Dossier.Core.Recognition;

/// <summary>
/// Units of measure that news reports use, as written → canonical name (British spelling, singular):
/// "tonnes" → "tonne", "km" → "kilometre", "miles an hour" → "mile per hour". Abbreviations that are
/// also ordinary words ("in", "m", "t", "g") are units only when glued to the digits ("1.8m", "100t").
/// </summary>
internal static class MeasureLexicon
{
    public static readonly FrozenDictionary<string, string> Units = Build(
        ("tonne", ["tonne", "tonnes", "metric ton", "metric tons", "metric tonne", "metric tonnes"]),
        ("ton", ["ton", "tons"]),
        ("kilogram", ["kg", "kgs", "kilogram", "kilograms", "kilogramme", "kilogrammes", "kilo", "kilos"]),
        ("gram", ["gram", "grams", "gramme", "grammes"]),
        ("pound", ["lb", "lbs", "pound", "pounds"]),
        ("ounce", ["oz", "ounce", "ounces"]),
        ("kilometre", ["km", "kms", "kilometre", "kilometres", "kilometer", "kilometers"]),
        ("metre", ["metre", "metres", "meter", "meters"]),
        ("millilitre", ["millilitre", "millilitres", "milliliter", "milliliters"]),
        ("centimetre", ["cm", "centimetre", "centimetres", "centimeter", "centimeters"]),
        ("millimetre", ["mm", "millimetre", "millimetres", "millimeter", "millimeters"]),
        ("mile", ["mile", "miles"]),
        ("nautical mile", ["nautical mile", "nautical miles"]),
        ("foot", ["ft", "foot", "feet"]),
        ("inch", ["inch", "inches"]),
        ("yard", ["yard", "yards"]),
        ("square kilometre", ["square kilometre", "square kilometres", "square kilometer", "square kilometers", "sq km", "km2", "km²"]),
        ("square metre", ["square metre", "square metres", "square meter", "square meters", "sq m", "m2", "m²"]),
        ("square mile", ["square mile", "square miles", "sq mi"]),
        ("square foot", ["square foot", "square feet", "sq ft"]),
        ("acre", ["acre", "acres"]),
        ("hectare", ["hectare", "hectares", "ha"]),
        ("litre", ["litre", "litres", "liter", "liters"]),
        ("gallon", ["gallon", "gallons"]),
        ("barrel", ["barrel", "barrels"]),
        ("cubic metre", ["cubic metre", "cubic metres", "cubic meter", "cubic meters"]),
        ("cubic foot", ["cubic foot", "cubic feet"]),
        ("kilometre per hour", ["km/h", "kph", "kmph", "km/hr", "kilometres per hour", "kilometers per hour", "kilometres an hour", "kilometers an hour"]),
        ("mile per hour", ["mph", "miles per hour", "miles an hour", "mile per hour"]),
        ("knot", ["knot", "knots"]));

    /// <summary>Abbreviations that are units only when glued to the digits.</summary>
    public static readonly FrozenDictionary<string, string> GluedOnly = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["m"] = "metre",
        ["t"] = "tonne",
        ["g"] = "gram",
        ["l"] = "litre",
        ["ml"] = "millilitre",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The longest unit written from <paramref name="words"/> onward (up to three words), as (canonical, words used).</summary>
    public static (string Unit, int Words)? Longest(IReadOnlyList<string> words)
    {
        for (var n = Math.Min(3, words.Count); n >= 1; n--)
        {
            if (Units.TryGetValue(string.Join(' ', words.Take(n)), out var unit))
            {
                return (unit, n);
            }
        }

        return null;
    }

    private static FrozenDictionary<string, string> Build(params (string Canonical, string[] Written)[] units)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (canonical, written) in units)
        {
            foreach (var w in written)
            {
                map[w] = canonical;
            }
        }

        return map.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
