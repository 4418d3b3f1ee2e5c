using System.Text.RegularExpressions;
using Dossier.Core.Model;

namespace Dossier.Core.Tests.TestSupport;

/// <summary>Builds documents by hand, with a naive sentence split standing in for the real splitter.</summary>
internal static partial class TestDocuments
{
    public static Document Create(string text, string id = "doc")
    {
        var document = new Document(new RawDocument(id, id + ".txt", "sha256:x", InputFormat.PlainText, text, RecordHints.None, []))
        {
            Text = text,
            Tokens = Dossier.Core.Text.Tokenizer.Tokenize(text),
        };
        document.Sentences = Split(text);
        return document;
    }

    public static string Sample(string prefix) => RepositoryPaths.ReadSample(prefix);

    private static List<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (Match m in Boundary().Matches(text))
        {
            var before = text[start..m.Index];
            var lastWord = before.Split(' ')[^1];
            if (m.Value[0] == '.' && (lastWord.Contains('.', StringComparison.Ordinal) || lastWord is "Mr" or "Dr" or "Ms" or "Mrs" or "Apr"))
            {
                continue;
            }

            var end = m.Index + m.Value.TrimEnd().Length;
            Add(sentences, text, start, end);
            start = m.Index + m.Length;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(new TextSpan(start, end)));
        }
    }

    [GeneratedRegex(@"[.?!][”""’]?[ ]+(?=[\p{Lu}“""])|\n+")]
    private static partial Regex Boundary();
}
