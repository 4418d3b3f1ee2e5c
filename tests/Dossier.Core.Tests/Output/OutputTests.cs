using System.Text.Json.Nodes;
using Dossier.Core.Model;
using Dossier.Core.Output;

namespace Dossier.Core.Tests.Output;

public sealed class OutputTests
{
    private const string Text = "Kim Jong Un met Putin. “We came with warm feelings,” Kim said. It cost <b>$500m</b> & more.";

    private static Corpus SampleCorpus()
    {
        var raw = new RawDocument("d1", "in/d1.txt", "sha256:ab", InputFormat.PlainText, Text, RecordHints.None, [new Diagnostic("DSR009", "not valid UTF-8")]);
        var doc = new Document(raw)
        {
            Text = Text,
            Metadata = new ArticleMetadata
            {
                Title = "Kim & Putin",
                Authors = ["Xu Fangqing"],
                Published = new PublicationDate(new DateTime(2019, 4, 25, 10, 7, 0), DatePrecision.Minute, TimeSpan.FromHours(8)),
                Outlet = "CGTN",
            },
            Removed = [new RemovedBlock(RemovedKind.EditorNote, "Editor's note: …", "editor-note")],
            Sentences = [new Sentence(new TextSpan(0, 22)), new Sentence(new TextSpan(23, 62)), new Sentence(new TextSpan(63, Text.Length))],
            Quotes = [new Quote(new TextSpan(24, 51), Text[24..51], QuoteKind.Direct, "said", new QuoteSpeaker("Kim", new TextSpan(53, 56), null), 1)],
            Amounts = [new Amount(new TextSpan(74, 79), "$500m", 500_000_000, "USD", null, null, 2, AmountKind.Money)],
        };
        return new Corpus([doc])
        {
            Entities = [new Entity("kim-jong-un", "Kim Jong Un", EntityType.Person, null, "North Korean leader", ["Kim"], [new DocumentSpan("d1", new TextSpan(0, 11)), new DocumentSpan("d1", new TextSpan(53, 56))])],
            Timeline = [new TimelineItem("2019-04-24", "d1", 0, "Kim Jong Un met Putin."), new TimelineItem("2019-04-25", "d1", 2, "It cost <b>$500m</b> & more.")],
            Stories = [new Story("story-1", "Kim & Putin", ["d1"], [new CitedStatement("Kim Jong Un met Putin.", [new Citation("d1", 0)])], [], [], [], [])],
        };
    }

    [Fact]
    public void Json_follows_the_contract_field_names_and_values()
    {
        var json = JsonNode.Parse(DossierJsonWriter.Serialize(DossierJsonMapper.Map(SampleCorpus(), "0.1.0")))!;

        Assert.Equal("dossier/1", (string?)json["schema"]);
        var doc = json["documents"]![0]!;
        Assert.Equal("2019-04-25T10:07:00+08:00", (string?)doc["published"]);
        Assert.Null(doc["originalOutlet"]);
        Assert.Equal("editorNote", (string?)doc["removed"]![0]!["kind"]);
        Assert.Equal("not valid UTF-8 (DSR009)", (string?)doc["warnings"]![0]);
        Assert.Equal(22, (int)doc["sentences"]![0]!["end"]!);
        Assert.Equal("person", (string?)json["entities"]![0]!["type"]);
        var quote = json["quotes"]![0]!;
        Assert.Equal("direct", (string?)quote["kind"]);
        Assert.Equal("kim-jong-un", (string?)quote["speaker"]!["entity"]);
        Assert.Equal(500000000d, (double)json["amounts"]![0]!["value"]!);
        Assert.Equal("d1", (string?)json["stories"]![0]!["summary"]![0]!["citations"]![0]!["doc"]);
        Assert.Empty(json["events"]!.AsArray());
    }

    [Fact]
    public void Json_keeps_non_ascii_text_readable()
    {
        var text = DossierJsonWriter.Serialize(DossierJsonMapper.Map(SampleCorpus(), "0.1.0"));

        Assert.Contains("“We came with warm feelings,”", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_escapes_source_text_and_anchors_every_sentence()
    {
        var html = HtmlPage.Render(DossierJsonMapper.Map(SampleCorpus(), "0.1.0"));

        Assert.Contains("&lt;b&gt;$500m&lt;/b&gt; &amp; more", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>$500m</b>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"doc-d1-s2\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#doc-d1-s0\"", html, StringComparison.Ordinal);
        Assert.Contains("Kim &amp; Putin", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_cites_every_statement_and_escapes_markup()
    {
        var md = MarkdownBriefing.Render(DossierJsonMapper.Map(SampleCorpus(), "0.1.0"));

        Assert.Contains("- Kim Jong Un met Putin. [d1:0]", md, StringComparison.Ordinal);
        Assert.Contains("**2019-04-24**: Kim Jong Un met Putin. [d1:0]", md, StringComparison.Ordinal);
        Assert.Contains("\\<b\\>$500m\\</b\\>", md, StringComparison.Ordinal);
        Assert.Contains("— **Kim**, direct, “said” [d1:1]", md, StringComparison.Ordinal);
        Assert.Contains("- $500m: 500,000,000 USD [d1:2]", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Atomic_write_replaces_the_file_and_leaves_no_temporary_on_failure()
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "dossier.json");
        AtomicFile.WriteText(path, "old");

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, _ => throw new InvalidOperationException("disk full")));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir.Path));
        AtomicFile.WriteText(path, "new");
        Assert.Equal("new", File.ReadAllText(path));
    }
}
