using System.Globalization;

namespace Dossier.Core.Events;

/// <summary>
/// UD-PETRARCH's internal coding ontology (PICO, the suite's <c>&lt;PICOfile&gt;</c>): each CAMEO code
/// as a number ("110:0x1007f", "011:0x1000-0xFFFF") in which negating an event subtracts 0xFFFF, so
/// that a negated code reads back as the CAMEO code holding the difference ("did not clash", 110,
/// is 050; "declined to comment", 011, is a negated 010). A negated code with no such code is none.
/// </summary>
public sealed class CodingOntology
{
    private const int Negation = 0xFFFF;

    private readonly Dictionary<string, int> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _codes = [];

    /// <summary>Reads "CODE:EXPRESSION#comment" lines; an expression is a sum of hexadecimal terms ("-0xFFFF+0x2040+0x300").</summary>
    public static CodingOntology Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var ontology = new CodingOntology();
        while (reader.ReadLine() is { } line)
        {
            var text = line.Split('#', 2)[0].Trim();
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !text[..colon].All(char.IsAsciiDigit) || Sum(text[(colon + 1)..]) is not { } value)
            {
                continue;
            }

            var code = text[..colon];
            ontology._values.TryAdd(code, value);
            ontology._codes.TryAdd(value, code);
        }

        return ontology;
    }

    public int Count => _values.Count;

    /// <summary>The CAMEO code of the negated event coded <paramref name="code"/>, if the ontology has one.</summary>
    public bool TryNegate(string code, out string negated)
    {
        negated = string.Empty;
        return _values.TryGetValue(code, out var value) && _codes.TryGetValue(value - Negation, out negated!);
    }

    private static int? Sum(string expression)
    {
        var total = 0;
        var sign = 1;
        var term = new System.Text.StringBuilder();
        var terms = 0;
        bool Flush()
        {
            if (term.Length == 0)
            {
                return true;
            }

            var digits = term.ToString();
            term.Clear();
            if (!digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || !int.TryParse(digits.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            total += sign * value;
            terms++;
            return true;
        }

        foreach (var c in expression)
        {
            if (c is '+' or '-')
            {
                if (!Flush())
                {
                    return null;
                }

                sign = c == '-' ? -1 : 1;
            }
            else if (!char.IsWhiteSpace(c))
            {
                term.Append(c);
            }
        }

        return Flush() && terms > 0 ? total : null;
    }
}
