using Dossier.Core.Model;
using Dossier.Core.Output;
using Dossier.Storage;

namespace Dossier.Storage.Tests;

public sealed class DocumentSnapshotTests
{
    [Fact]
    public void A_restored_document_keeps_every_layer()
    {
        foreach (var original in SampleCorpus.Documents())
        {
            var restored = DocumentSnapshot.Restore(DocumentSnapshot.Save(original));

            Assert.Equal(original.Raw with { Warnings = [] }, restored.Raw with { Warnings = [] });
            Assert.Equal(original.Metadata with { Authors = [] }, restored.Metadata with { Authors = [] });
            Assert.Equal(original.Metadata.Authors, restored.Metadata.Authors);
            Assert.Equal(original.Text, restored.Text);
            Assert.Equal(original.Removed, restored.Removed);
            Assert.Equal(original.Sentences, restored.Sentences);
            Assert.Equal(original.Tokens, restored.Tokens);
            Assert.Equal(original.Mentions, restored.Mentions);
            Assert.Equal(original.Times, restored.Times);
            Assert.Equal(original.Amounts, restored.Amounts);
            Assert.Equal(original.Quotes.Count, restored.Quotes.Count);
            Assert.Equal(original.Quotes.Select(q => (q.Span, q.Text, q.Kind, q.Cue, q.Speaker, q.Sentence)), restored.Quotes.Select(q => (q.Span, q.Text, q.Kind, q.Cue, q.Speaker, q.Sentence)));
            Assert.Equal(original.Warnings, restored.Warnings);
        }
    }

    [Fact]
    public void Corpus_steps_over_restored_documents_give_the_same_dossier()
    {
        var expected = DossierJsonWriter.Serialize(SampleCorpus.Expected());
        var restored = SampleCorpus.Documents().Select(d => DocumentSnapshot.Restore(DocumentSnapshot.Save(d))).ToList();

        var actual = DossierJsonWriter.Serialize(DossierJsonMapper.Map(SampleCorpus.BuildCorpus(restored), SampleCorpus.Version));

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Warnings_added_by_steps_survive_a_restore()
    {
        var document = SampleCorpus.Documents()[0];
        document.AddWarning(new Diagnostic("DSX999", "added after reading"));

        var restored = DocumentSnapshot.Restore(DocumentSnapshot.Save(document));

        Assert.Contains(new Diagnostic("DSX999", "added after reading"), restored.Warnings);
        Assert.Equal(document.Warnings.Count, restored.Warnings.Count);
    }

    [Fact]
    public void WithId_renames_and_keeps_the_layers()
    {
        var document = SampleCorpus.Documents()[1];

        var renamed = DocumentSnapshot.WithId(document, "other");

        Assert.Equal("other", renamed.Id);
        Assert.Equal(document.ContentHash, renamed.ContentHash);
        Assert.Equal(document.Mentions, renamed.Mentions);
    }

    [Fact]
    public void A_snapshot_that_is_not_an_object_is_refused()
    {
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => DocumentSnapshot.Restore("[1, 2]"));
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => DocumentSnapshot.Restore("{\"text\": \"no raw\"}"));
    }
}
