using System.Globalization;

namespace Dossier.Core.Output;

/// <summary>How the views name a speaker: with the description, unless it only repeats the name (anonymous speakers).</summary>
internal static class SpeakerLabel
{
    public static string Of(SpeakerJson speaker, string nameAndDescriptionFormat) =>
        speaker.Description is { } description && !string.Equals(description, speaker.Name, StringComparison.OrdinalIgnoreCase)
            ? string.Format(CultureInfo.InvariantCulture, nameAndDescriptionFormat, speaker.Name, description)
            : speaker.Name;
}
