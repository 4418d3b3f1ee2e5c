using Dossier.Core.Model;

namespace Dossier.Core.Tests.Recognition;

/// <summary>Builds documents by hand for recognizer tests: the cleaner and sentence splitter are other steps.</summary>
internal static class TimeTestDocuments
{
    public static PublicationDate Date(int year, int month, int day) =>
        new(new DateTime(year, month, day, 10, 7, 0), DatePrecision.Minute, TimeSpan.FromHours(8));

    public static Document Create(string text, PublicationDate? published = null, string id = "doc")
    {
        var document = new Document(new RawDocument(id, id + ".txt", "sha256:x", InputFormat.PlainText, text, RecordHints.None, []))
        {
            Text = text,
            Metadata = new ArticleMetadata { Published = published },
        };
        document.Sentences = Split(text);
        return document;
    }

    /// <summary>Splits at line breaks and at ". " (or "? ", "! ") before a capital letter or a quotation mark.</summary>
    private static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = -1;
            if (text[i] == '\n')
            {
                end = i;
            }
            else if (text[i] is '.' or '?' or '!' && i + 2 < text.Length && text[i + 1] == ' '
                && (char.IsUpper(text[i + 2]) || text[i + 2] is '"' or '“'))
            {
                end = i + 1;
            }

            if (end >= 0)
            {
                Add(sentences, text, start, end);
                start = end;
            }
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(new Model.TextSpan(start, end)));
        }
    }
}
