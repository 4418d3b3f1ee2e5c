using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Reading;

namespace Dossier.Core.Tests.Attribution;

/// <summary>Every quotation in the five sample articles, with the speaker and description the text gives.</summary>
public sealed class SampleCorpusQuoteTests
{
    private static readonly Lazy<Dictionary<string, Document>> Analysed = new(Analyse);

    private static Dictionary<string, Document> Analyse()
    {
        var reader = new DocumentReader();
        var pipeline = DefaultPipeline.Create();
        var raws = InputCollector.Collect([RepositoryPaths.Samples]).Files.SelectMany(f => reader.Read(f).Documents);
        return raws.Select(r => pipeline.ProcessDocument(r).Document).ToDictionary(d => d.Id[..3], StringComparer.Ordinal);
    }

    private static Quote QuotedWords(string doc, string words) =>
        Assert.Single(Analysed.Value[doc].Quotes, q => q.Kind != QuoteKind.Indirect && q.Text.Contains(words, StringComparison.Ordinal));

    [Theory]
    [InlineData("001", "is useless and ineffective", "Vladimir Putin", null)]
    [InlineData("001", "A modification of the regime of sanctions", "Maria Zakharova", "Russian Foreign Ministry spokesperson")]
    [InlineData("002", "From North Korea’s point of view", "Koo Kab-woo", "a professor at the University of North Korean Studies")]
    [InlineData("002", "I think that a South Korea-China summit", "Yang Moo-jin", "a professor at the University of North Korean Studies")]
    [InlineData("003", "never change", "Ri Yong Ho", "foreign minister")]
    [InlineData("003", "I came to Russia with the warm feeling", "Kim Jong-un", "North Korean leader")]
    [InlineData("003", "In the last few months the situation", "Yuri Ushakov", "Russian foreign policy aide")]
    [InlineData("003", "It’s part of the North’s Juche", "Jeong Young-tae", "an analyst at the Institute of North Korean Studies in Seoul")]
    [InlineData("004", "timely", "Georgy Toloraya", "a North Korean scholar at the Moscow State Institute of International Affairs")]
    [InlineData("004", "catch-22", "Cho Han bum", "a senior research fellow at the Korea Institute for National Unification")]
    [InlineData("004", "North Koreans are in trouble", "Cho Han bum", "a senior research fellow at the Korea Institute for National Unification")]
    [InlineData("004", "China can’t help", "Cho Han bum", "a senior research fellow at the Korea Institute for National Unification")]
    [InlineData("004", "Maybe, the numbers will stop decreasing", "Dmitry Zhuravlev", "director general of the Institute of Regional Issues in Moscow")]
    [InlineData("004", "large enough and there is enough room", "Dmitry Zhuravlev", "director general of the Institute of Regional Issues in Moscow")]
    [InlineData("004", "At the centre of attention", "Yuri Ushakov", "aide")]
    [InlineData("004", "bilateral ties", "Dmitri Peskov", "spokesperson")]
    [InlineData("004", "issues of denuclearisation", "Dmitri Peskov", "spokesperson")]
    [InlineData("004", "It is important for Kim to understand", "Andrey Fyodorov", "a former deputy foreign minister")]
    [InlineData("004", "Without Russia and China", "Andrey Fyodorov", "a former deputy foreign minister")]
    [InlineData("004", "Kim and Putin are expected", "Cho Han bum", "a senior research fellow at the Korea Institute for National Unification")]
    [InlineData("004", "In addition, there’s not much", "Cho Han bum", "a senior research fellow at the Korea Institute for National Unification")]
    [InlineData("004", "The summit will not make any difference", "Cho Han bum", "a senior research fellow at the Korea Institute for National Unification")]
    [InlineData("004", "It won’t provide a breakthrough", "Cho Han bum", "a senior research fellow at the Korea Institute for National Unification")]
    public void Attributes_each_sample_quotation_to_its_named_speaker(string doc, string words, string speaker, string? description)
    {
        var document = Analysed.Value[doc];
        var quote = QuotedWords(doc, words);

        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(description, quote.Speaker!.Description);
        Assert.NotNull(quote.Speaker.Span);
        Assert.Equal(speaker, document.TextOf(quote.Speaker.Span.Value));
        Assert.NotNull(quote.Speaker.Source);
        Assert.NotNull(quote.CueSpan);
    }

    [Theory]
    [InlineData("002", "This is an attempt by Kim Jong-un", "a former high-ranking government official")]
    [InlineData("002", "Kim Jong-un has nothing to lose", "a government official")]
    public void Attributes_sample_quotations_from_anonymous_sources_to_their_description(string doc, string words, string phrase)
    {
        var quote = QuotedWords(doc, words);

        Assert.Equal(phrase, quote.Speaker?.Name);
        Assert.Equal(phrase, quote.Speaker?.Description);
        Assert.Null(quote.Speaker?.Span);
    }

    [Theory]
    [InlineData("001", "positive developments")]
    [InlineData("002", "summit diplomacy")]
    [InlineData("003", "search for relevance")]
    [InlineData("004", "total destruction")]
    public void Leaves_scare_quotes_without_a_speaker(string doc, string words)
    {
        var quote = QuotedWords(doc, words);

        Assert.Equal(QuoteKind.Partial, quote.Kind);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void Gives_every_direct_quote_in_the_samples_a_speaker()
    {
        var direct = Analysed.Value.Values.SelectMany(d => d.Quotes).Where(q => q.Kind == QuoteKind.Direct).ToList();

        Assert.Equal(18, direct.Count);
        Assert.All(direct, q => Assert.NotNull(q.Speaker));
    }

    [Fact]
    public void Resolves_a_pronoun_speaker_to_the_person_named_before_it()
    {
        var quote = Assert.Single(Analysed.Value["000"].Quotes, q => q.Kind == QuoteKind.Indirect && q.Text.StartsWith("it would be a long journey", StringComparison.Ordinal));

        Assert.Equal("Kim Jong Un", quote.Speaker?.Name);
        Assert.Equal("He", Analysed.Value["000"].TextOf(quote.Speaker!.Source!.Value));
    }
}
