using Dossier.Core.Model;
using Dossier.Core.Text;

namespace Dossier.Core.Tests.Text;

public sealed class SampleCorpusTests
{
    public static TheoryData<string> SampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "samples", "summit-2019"), "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Sentences_are_sorted_trimmed_complete_and_on_token_boundaries(string file)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "samples", "summit-2019", file));
        var document = new Document(new RawDocument(file, file, "sha256:00", InputFormat.PlainText, text, RecordHints.None, [])) { Text = text };
        Tokenizer.Instance.Process(document, CancellationToken.None);
        SentenceSplitter.Default.Process(document, CancellationToken.None);

        var starts = document.Tokens.Select(t => t.Span.Start).ToHashSet();
        var ends = document.Tokens.Select(t => t.Span.End).ToHashSet();
        var covered = new bool[text.Length];
        var previousEnd = 0;
        Assert.NotEmpty(document.Sentences);
        foreach (var sentence in document.Sentences)
        {
            var span = sentence.Span;
            Assert.False(span.IsEmpty);
            Assert.True(span.Start >= previousEnd, $"{span} overlaps or precedes the previous sentence");
            Assert.False(char.IsWhiteSpace(text[span.Start]), $"{span} starts with whitespace");
            Assert.False(char.IsWhiteSpace(text[span.End - 1]), $"{span} ends with whitespace");
            Assert.Contains(span.Start, starts);
            Assert.Contains(span.End, ends);
            Assert.DoesNotContain('\n', span.Of(text));
            for (var i = span.Start; i < span.End; i++)
            {
                covered[i] = true;
            }

            previousEnd = span.End;
        }

        for (var i = 0; i < text.Length; i++)
        {
            Assert.True(covered[i] || char.IsWhiteSpace(text[i]), $"char {i} '{text[i]}' is in no sentence");
        }
    }
}
