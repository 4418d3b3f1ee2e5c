namespace Dossier.Core.Cleaning;

/// <summary>Gives outlet names their usual spelling when a page writes them run together or in lower case.</summary>
internal static class OutletNames
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.Ordinal)
    {
        ["aljazeera"] = "Al Jazeera",
        ["aljazeeraenglish"] = "Al Jazeera",
        ["cgtn"] = "CGTN",
        ["hankyoreh"] = "Hankyoreh",
        ["thehankyoreh"] = "Hankyoreh",
        ["reuters"] = "Reuters",
        ["xinhua"] = "Xinhua",
        ["yonhap"] = "Yonhap",
        ["bbc"] = "BBC",
        ["bbcnews"] = "BBC News",
        ["cnn"] = "CNN",
        ["ap"] = "AP",
        ["associatedpress"] = "Associated Press",
        ["afp"] = "AFP",
        ["tass"] = "TASS",
        ["kcna"] = "KCNA",
        ["globaltimes"] = "Global Times",
        ["chinadaily"] = "China Daily",
    };

    public static string? Normalize(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var trimmed = TextNormalization.CollapseWhitespace(name).Trim(' ', '.', ',', ';', ':', '[', ']', '(', ')', '"', '\'');
        if (trimmed.Length == 0)
        {
            return null;
        }

        var key = new string([.. trimmed.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        if (key.EndsWith("com", StringComparison.Ordinal) && trimmed.Contains('.', StringComparison.Ordinal))
        {
            key = key[..^3];
        }

        return Known.TryGetValue(key, out var known) ? known : trimmed;
    }
}
