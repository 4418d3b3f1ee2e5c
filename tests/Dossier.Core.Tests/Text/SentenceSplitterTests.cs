using Dossier.Core.Model;
using Dossier.Core.Text;

namespace Dossier.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text, SentenceSplitter? splitter = null) =>
        [.. (splitter ?? SentenceSplitter.Default).Split(text).Select(s => s.Of(text))];

    [Theory]
    [InlineData("Hello world. My name is Jonas.", "Hello world.|My name is Jonas.")]
    [InlineData("What is it? It is a test! Really.", "What is it?|It is a test!|Really.")]
    [InlineData("The Kremlin officially announced on Apr. 18 that Kim will be visiting Russia in the second half of April at Putin’s invitation.", "The Kremlin officially announced on Apr. 18 that Kim will be visiting Russia in the second half of April at Putin’s invitation.")]
    [InlineData("It will be Kim’s first summit, following the failure of Hanoi summit with the US President Donald Trump. Kim’s staff included Ri.", "It will be Kim’s first summit, following the failure of Hanoi summit with the US President Donald Trump.|Kim’s staff included Ri.")]
    [InlineData("Mr. Kim met Dr. Lee and Gen. Park.", "Mr. Kim met Dr. Lee and Gen. Park.")]
    [InlineData("Sen. Smith spoke at St. Petersburg.", "Sen. Smith spoke at St. Petersburg.")]
    [InlineData("Acme Inc. said so. Then it fell.", "Acme Inc. said so.|Then it fell.")]
    [InlineData("He met U.S. President Donald Trump.", "He met U.S. President Donald Trump.")]
    [InlineData("He had to bargain with the U.S. The DPRK also waits.", "He had to bargain with the U.S.|The DPRK also waits.")]
    [InlineData("The U.N. Security Council met.", "The U.N. Security Council met.")]
    [InlineData("He lived in the U.S. for 20 years.", "He lived in the U.S. for 20 years.")]
    [InlineData("They left at 5 p.m. and came back.", "They left at 5 p.m. and came back.")]
    [InlineData("The boat left at 6 P.M. Travelers who missed it waited.", "The boat left at 6 P.M.|Travelers who missed it waited.")]
    [InlineData("The relatives have until 9 a.m. Tuesday to sign the paper.", "The relatives have until 9 a.m. Tuesday to sign the paper.")]
    [InlineData("The father will leave at 4 a.m. EDT Thursday, Castro said.", "The father will leave at 4 a.m. EDT Thursday, Castro said.")]
    [InlineData("Trade, energy, etc. The list is long.", "Trade, energy, etc.|The list is long.")]
    [InlineData("Some items, e.g. oil, i.e. fuel, vs. gas.", "Some items, e.g. oil, i.e. fuel, vs. gas.")]
    [InlineData("J. R. R. Tolkien wrote it.", "J. R. R. Tolkien wrote it.")]
    [InlineData("George W. Bush met Kim Jong Il.", "George W. Bush met Kim Jong Il.")]
    [InlineData("We make a good team, you and I. Did you see him?", "We make a good team, you and I.|Did you see him?")]
    [InlineData("Growth was 3.5 percent. It rose.", "Growth was 3.5 percent.|It rose.")]
    [InlineData("He lives at No. 5 Main Street.", "He lives at No. 5 Main Street.")]
    [InlineData("SEC. 1262 AUTHORIZATION OF APPROPRIATIONS.", "SEC. 1262 AUTHORIZATION OF APPROPRIATIONS.")]
    [InlineData("He filed it with the SEC. Then he left.", "He filed it with the SEC.|Then he left.")]
    [InlineData("[15: 12:32] [16: firma? 13:28] Next entry.", "[15: 12:32] [16: firma? 13:28] Next entry.")]
    [InlineData("Is it [really]? Yes.", "Is it [really]?|Yes.")]
    [InlineData("She has $100.00. It is in her bag.", "She has $100.00.|It is in her bag.")]
    [InlineData("I wasn’t really... well, I mean it.", "I wasn’t really... well, I mean it.")]
    [InlineData("I never meant that.... She left.", "I never meant that....|She left.")]
    [InlineData("“It failed.” He left.", "“It failed.”|He left.")]
    [InlineData("“It will not fail,” said Cho.", "“It will not fail,” said Cho.")]
    [InlineData("“Why Russia?” he asked.", "“Why Russia?” he asked.")]
    [InlineData("“Why Russia?” Putin asked reporters.", "“Why Russia?” Putin asked reporters.")]
    [InlineData("She said, \"This is great.\" She held it out.", "She said, \"This is great.\"|She held it out.")]
    [InlineData("She said, 'This is great.' she said.", "She said, 'This is great.' she said.")]
    [InlineData("He taught (he had worked as an engineer.) at the school.", "He taught (he had worked as an engineer.) at the school.")]
    [InlineData("Kim said, “I came to Russia. I hope it works.”", "Kim said, “I came to Russia.|I hope it works.”")]
    [InlineData("Hello!! Long time. Hello?! Is it you?", "Hello!!|Long time.|Hello?!|Is it you?")]
    [InlineData("She works at Yahoo! in accounting.", "She works at Yahoo! in accounting.")]
    [InlineData("1. The first item. 2. The second item.", "1. The first item.|2. The second item.")]
    [InlineData("Email Jane.Doe@example.com. I did.", "Email Jane.Doe@example.com.|I did.")]
    [InlineData("See https://www.example.50.com/new-site/page.html. Please check.", "See https://www.example.50.com/new-site/page.html.|Please check.")]
    [InlineData("Visit cgtn.com for more. It is free.", "Visit cgtn.com for more.|It is free.")]
    [InlineData("They met on Jan. 5 and Sept. 12 in Vladivostok.", "They met on Jan. 5 and Sept. 12 in Vladivostok.")]
    [InlineData("It closed with Pitt, Briggs & Co. It closed yesterday.", "It closed with Pitt, Briggs & Co.|It closed yesterday.")]
    [InlineData("Updated 10:07, 25-Apr-2019", "Updated 10:07, 25-Apr-2019")]
    [InlineData("Talks continue. 2019 was busy.", "Talks continue.|2019 was busy.")]
    public void Split_finds_sentence_boundaries(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(text));
    }

    [Theory]
    [InlineData("Heading Without Stop\n\nThe body starts here. It goes on.", "Heading Without Stop|The body starts here.|It goes on.")]
    [InlineData("Updated 10:07, 25-Apr-2019\nXu Fangqing\n[\"china\"]", "Updated 10:07, 25-Apr-2019|Xu Fangqing|[\"china\"]")]
    [InlineData("A line that ends without a stop\nand continues lowercase", "A line that ends without a stop|and continues lowercase")]
    [InlineData("  Leading and trailing space.  \n\n  ", "Leading and trailing space.")]
    [InlineData("First line, “quoted\nsecond line.”", "First line, “quoted|second line.”")]
    public void Split_never_crosses_a_line_break(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    public void Split_of_blank_text_is_empty(string text)
    {
        Assert.Empty(SentenceSplitter.Default.Split(text));
    }

    [Fact]
    public void Extra_abbreviations_do_not_end_sentences()
    {
        var splitter = new SentenceSplitter(new SentenceSplitterOptions { ExtraAbbreviations = ["Pyo"] });
        Assert.Single(Sentences("It was the Pyo. Command that moved.", splitter));
        Assert.Equal(2, Sentences("It was the Pyo. Command that moved.").Length);
    }

    [Fact]
    public void Process_sets_document_sentences()
    {
        var document = new Document(new RawDocument("d", "d.txt", "sha256:00", InputFormat.PlainText, "x", RecordHints.None, []))
        {
            Text = "One. Two.",
        };
        Tokenizer.Instance.Process(document, CancellationToken.None);
        SentenceSplitter.Default.Process(document, CancellationToken.None);
        Assert.Equal([new Sentence(new TextSpan(0, 4)), new Sentence(new TextSpan(5, 9))], document.Sentences);
    }

    [Theory]
    [InlineData("A voice--the guard's--\"Stop! Stop! Who is there?\" And then silence.", "A voice--the guard's--\"Stop! Stop! Who is there?\"|And then silence.")]
    [InlineData("\"We tried our best, but--\" At this moment the door opened.", "\"We tried our best, but--\"|At this moment the door opened.")]
    public void Quotations_open_after_a_dash_and_close_after_one(string text, string expected)
    {
        var keepQuotations = new SentenceSplitter(new SentenceSplitterOptions { SplitInsideQuotations = false });
        Assert.Equal(expected.Split('|'), Sentences(text, keepQuotations));
    }
}
