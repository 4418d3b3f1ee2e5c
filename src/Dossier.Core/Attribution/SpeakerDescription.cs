using Dossier.Core.Model;
using Dossier.Core.Recognition;

namespace Dossier.Core.Attribution;

/// <summary>How the text describes a speaker: an appositive after the name or a title before it.</summary>
internal static class SpeakerDescription
{
    public static string? Of(string text, TextSpan name) =>
        NameContext.AppositiveAfter(text, name) ?? NameContext.TitleBefore(text, name);
}
