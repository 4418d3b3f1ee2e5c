namespace Dossier.Core.Recognition.Numbers;

/// <summary>
/// Finds cardinal numbers, fractions and ordinals in English text, in digits ("1,234.5", "10k",
/// "3/4", "½"), in words ("one hundred and sixty-one", "two-thirds", "half a million",
/// "twenty-first") or mixed ("3 hundred and 21", "2.5 million"). Digits glued to letters ("29km",
/// "F-16", "G7") and dates written with slashes are not numbers here; a lone "one" after a
/// determiner is a pronoun.
/// </summary>
public static class NumberRecognizer
{
    public static IReadOnlyList<NumberMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new NumberParser(text, NumberTokenizer.Tokenize(text));
        return parser.FindAll();
    }
}
