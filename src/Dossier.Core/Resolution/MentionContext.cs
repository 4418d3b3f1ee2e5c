namespace Dossier.Core.Resolution;

/// <summary>Whether a place name is used as a place ("in Pyongyang") or for its government ("Pyongyang said").</summary>
internal static class MentionContext
{
    private static readonly HashSet<string> Locatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "to", "from", "near", "outside", "inside", "into", "via", "around", "across", "visited", "visiting", "visit",
        "arrived", "reached", "left", "leaving", "toward", "towards", "through", "within",
    };

    /// <summary>True when the word before the name is a preposition or verb of place.</summary>
    public static bool IsLocative(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return end > begin && Locatives.Contains(text[begin..end]);
    }
}
