namespace Dossier.Core.Models;

/// <summary>
/// What the whole document says about each word, for the entity features: a word capitalised in
/// the middle of some ordinary sentence is probably a name even where it starts a sentence or
/// stands in an all-capitals headline; a word also seen in lower case probably is not.
/// </summary>
internal static class DocumentContext
{
    public const int CapitalizedInside = 1;
    public const int SeenLowerCase = 2;
    public const int CapitalizedInsideOften = 4;

    public static void Annotate(IReadOnlyList<SentenceInput> document)
    {
        var capitalized = new Dictionary<uint, int>();
        var lower = new HashSet<uint>();
        foreach (var sentence in document)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                var first = sentence.Words[i].Length > 0 ? sentence.Words[i][0] : ' ';
                if (char.IsLower(first))
                {
                    lower.Add(sentence.Normalized[i]);
                }
                else if (char.IsUpper(first) && i > 0 && !sentence.IsAllUpperCase)
                {
                    capitalized[sentence.Normalized[i]] = capitalized.GetValueOrDefault(sentence.Normalized[i]) + 1;
                }
            }
        }

        foreach (var sentence in document)
        {
            var flags = new int[sentence.Length];
            for (var i = 0; i < sentence.Length; i++)
            {
                var count = capitalized.GetValueOrDefault(sentence.Normalized[i]);
                flags[i] = (count > 0 ? CapitalizedInside : 0) | (count > 1 ? CapitalizedInsideOften : 0) |
                    (lower.Contains(sentence.Normalized[i]) ? SeenLowerCase : 0);
            }

            sentence.DocumentFlags = flags;
        }
    }
}
