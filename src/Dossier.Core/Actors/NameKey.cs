using System.Globalization;
using System.Text;

namespace Dossier.Core.Actors;

/// <summary>
/// Spelling-insensitive forms of a name: lower case, no diacritics, dots and apostrophes dropped,
/// hyphens, underscores and other punctuation as word breaks. The key joins the words without spaces,
/// so "Kim Jong-un", "Kim Jong Un", "KIM_JONG_UN" and "Kim Jongun" share one key.
/// </summary>
public static class NameKey
{
    public static string[] Words(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '’')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public static string Of(string name) => string.Concat(Words(name));
}
