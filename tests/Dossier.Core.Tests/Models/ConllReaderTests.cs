using Dossier.Core.Models;

namespace Dossier.Core.Tests.Models;

public class ConllReaderTests
{
    [Fact]
    public void Conll2003_documents_sentences_and_columns()
    {
        var corpus = ConllReader.Read(ConllFixtures.Conll2003.Split('\n'));

        Assert.Same(ConllLayout.Conll2003, corpus.Layout);
        Assert.Equal(2, corpus.Documents.Count);
        Assert.Equal(3, corpus.Documents[0].Sentences.Count);
        var first = corpus.Documents[0].Sentences[0];
        Assert.Equal(["Angela", "Merkel", "visited", "Paris", "."], first.Words);
        Assert.Equal(["I-PER", "I-PER", "O", "I-LOC", "O"], first.Column(first.Layout.EntityColumn));
        Assert.Equal(2, first.LineIndexes[0]);
    }

    [Fact]
    public void Universal_ner_is_recognised_by_its_numbered_tab_separated_lines()
    {
        string[] lines = ["# newdoc id = a", "# text = I met John Smith", "1\tI\tO\t-\t-", "2\tmet\tO\t-\t-", "3\tJohn\tB-PER\t-\t-", "4\tSmith\tI-PER\t-\t-", ""];

        var corpus = ConllReader.Read(lines);

        Assert.Same(ConllLayout.UniversalNer, corpus.Layout);
        var sentence = corpus.Sentences.Single();
        Assert.Equal(["I", "met", "John", "Smith"], sentence.Words);
        Assert.Equal("B-PER", sentence.Column(sentence.Layout.EntityColumn)[2]);
    }
}
