using Dossier.Core.Model;

namespace Dossier.Core.Models;

/// <summary>The part-of-speech tags of one sentence's words, tagged once per document (<see cref="Document.PartsOfSpeech"/>).</summary>
internal static class SentencePartsOfSpeech
{
    public static string[] Of(Document document, int sentence, string[] words)
    {
        if (document.PartsOfSpeech.TryGetValue(sentence, out var tags) && tags.Length == words.Length)
        {
            return tags;
        }

        tags = BuiltInModels.PartOfSpeech.Tag(words);
        document.PartsOfSpeech[sentence] = tags;
        return tags;
    }
}
