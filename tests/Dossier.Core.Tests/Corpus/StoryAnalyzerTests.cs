using Dossier.Core.Model;

namespace Dossier.Core.Tests.CorpusAnalysis;

/// <summary>Small hand-written stories told by several outlets, one behaviour each.</summary>
public sealed class StoryAnalyzerTests
{
    private const string Alpha = """
        Berg and Kell meet in Geneva

        President Anna Berg of Norland met Prime Minister Tomas Kell of Sudovia in Geneva on Monday, March 4, 2024.
        The two leaders discussed a new gas pipeline across the Baltic Sea that would link Norland and Sudovia.
        Norland wants Sudovia to lift its tariffs on fish exports from the northern ports.
        Police said more than 1,000 protesters gathered outside the Palais des Nations during the talks.
        Berg told reporters the visit had been planned for months.
        """;

    private const string Beta = """
        Norland and Sudovia leaders hold talks

        Norland's President Anna Berg met Sudovian Prime Minister Tomas Kell in Geneva on Monday, March 4, 2024.
        They discussed the planned gas pipeline across the Baltic Sea that would link Norland and Sudovia.
        Sudovia wants cheaper gas from Norland for the steel industry of its eastern provinces.
        Police said 1,500 protesters gathered outside the Palais des Nations during the talks.
        Trade between Norland and Sudovia reached $60m in 2017, officials in Geneva said.
        """;

    private const string Gamma = """
        Geneva summit

        Anna Berg and Tomas Kell met in Geneva on March 4, 2024, the first meeting of Norland and Sudovia leaders since 2021.
        The Sudovian energy ministry put the cost of the project at about $4 billion in a report from Vilnus.
        The talks followed the collapse of the Oslo round, caused by the stupidity of Tomas Kell, who walked out of the Oslo talks in 2023.
        Police said 300 protesters gathered outside the Palais des Nations during the talks.
        Trade between Norland and Sudovia reached $34m in 2018, officials in Geneva said.
        “These are monstrous tariffs on our fishermen,” Berg said of the Sudovian tariffs on Norland fish.
        """;

    private const string Delta = """
        Talks in Geneva

        The talks in Geneva followed the failure of the Oslo round in 2023, when Tomas Kell walked out of the Oslo talks.
        The planned pipeline across the Baltic Sea between Norland and Sudovia was on the agenda.
        """;

    private static readonly Lazy<Dossier.Core.Model.Corpus> Corpus = new(() => StoryCorpusRunner.Run(("alpha", Alpha), ("beta", Beta), ("gamma", Gamma), ("delta", Delta)));

    private static Story Story => Assert.Single(Corpus.Value.Stories);

    private static string Text(Citation citation) => StoryCorpusRunner.SentenceText(Corpus.Value, citation);

    [Fact]
    public void A_claim_several_outlets_make_is_an_agreement_citing_each_of_them()
    {
        var meeting = Assert.Single(Story.Agreements, a => a.Citations.Any(c => Text(c).Contains("met Prime Minister Tomas Kell", StringComparison.Ordinal)));

        Assert.Contains(meeting.Citations, c => c.Doc == "beta" && Text(c).Contains("met Sudovian Prime Minister", StringComparison.Ordinal));
        Assert.Contains(meeting.Citations, c => c.Doc == "gamma" && Text(c).Contains("met in Geneva", StringComparison.Ordinal));
        Assert.Contains(meeting.Text, meeting.Citations.Select(Text));
        Assert.Contains(Story.Agreements, a => a.Citations.Select(c => c.Doc).Distinct().Count() >= 2 && a.Text.Contains("pipeline", StringComparison.Ordinal));
    }

    [Fact]
    public void A_substantive_claim_only_one_outlet_makes_is_an_exclusive()
    {
        var exclusive = Assert.Single(Story.Exclusives, e => e.Text.Contains("about $4 billion", StringComparison.Ordinal));

        Assert.Equal("gamma", Assert.Single(exclusive.Citations).Doc);
        Assert.DoesNotContain(Story.Exclusives, e => e.Text.Contains("met Prime Minister", StringComparison.Ordinal));
        Assert.DoesNotContain(Story.Agreements, a => a.Text.Contains("about $4 billion", StringComparison.Ordinal));
    }

    [Fact]
    public void Different_counts_of_one_crowd_are_a_conflict_but_compatible_qualified_counts_are_not()
    {
        var crowd = Assert.Single(Story.Conflicts, c => c.Claims.Any(k => k.Value.Contains("300", StringComparison.Ordinal)));

        Assert.Contains("protester", crowd.About, StringComparison.Ordinal);
        Assert.Contains(crowd.Claims, k => k.Doc == "gamma" && Text(new Citation(k.Doc, k.Sentence)).Contains("300 protesters", StringComparison.Ordinal));
        Assert.Contains(crowd.Claims, k => k.Doc is "alpha" or "beta");
    }

    [Fact]
    public void Amounts_of_different_years_that_share_a_unit_are_not_a_conflict()
    {
        Assert.DoesNotContain(Story.Conflicts, c => c.Claims.Any(k => k.Value.Contains("$60m", StringComparison.Ordinal) || k.Value.Contains("$34m", StringComparison.Ordinal)));
        Assert.DoesNotContain(Story.Conflicts, c => c.Claims.Any(k => k.Value.Contains("$4 billion", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_insult_added_to_a_shared_fact_is_name_calling_with_what_others_say()
    {
        var insult = Assert.Single(Story.Framing, f => f.Text == "stupidity of Tomas Kell");

        Assert.Equal("gamma", insult.Doc);
        Assert.Equal("nameCalling", insult.Kind);
        Assert.Equal(insult.Text, Corpus.Value.ById["gamma"].TextOf(insult.Span));
        Assert.Contains("failure of the Oslo round", insult.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Loaded_words_inside_a_quote_are_the_speakers_not_framing()
    {
        Assert.DoesNotContain(Story.Framing, f => f.Text.Contains("monstrous", StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_is_cited_non_redundant_and_covers_who_where_when()
    {
        var summary = Story.Summary;

        Assert.InRange(summary.Count, 3, 7);
        Assert.All(summary, s => Assert.Contains(s.Text, s.Citations.Select(Text)));
        Assert.Contains(summary, s => s.Text.Contains("Geneva", StringComparison.Ordinal) && s.Text.Contains("March 4, 2024", StringComparison.Ordinal) && s.Citations.Count >= 3);
        Assert.Equal(summary.Count, summary.Select(s => s.Text).Distinct().Count());
        Assert.DoesNotContain(summary, s => s.Text.Contains("stupidity", StringComparison.Ordinal));
    }

    [Fact]
    public void The_story_timeline_is_the_corpus_timeline_of_its_documents()
    {
        Assert.NotEmpty(Story.Timeline);
        Assert.Equal(Corpus.Value.Timeline.Where(t => Story.Documents.Contains(t.Doc)), Story.Timeline);
    }

    [Fact]
    public void Different_counts_of_meetings_with_one_leader_are_a_conflict()
    {
        const string first = "Kell's diplomacy\n\nSince 2022, Prime Minister Tomas Kell of Sudovia has held several summits, including two with President Anna Berg of Norland and one with the Pope.\n";
        const string second = "Berg and Kell again\n\nPrime Minister Tomas Kell of Sudovia has held four summits with President Anna Berg of Norland since 2022, officials in Norland said.\n";
        var corpus = StoryCorpusRunner.Run(("first", first), ("second", second));
        var story = Assert.Single(corpus.Stories);

        var meetings = Assert.Single(story.Conflicts);
        Assert.Equal(["two with President Anna Berg", "four summits with President Anna Berg"], meetings.Claims.OrderBy(k => k.Doc, StringComparer.Ordinal).Select(k => k.Value));
    }

    [Fact]
    public void Articles_of_one_outlet_count_as_one_source()
    {
        const string first = "Kell visits Tallin\n\nPrime Minister Tomas Kell of Sudovia visited the harbour of Tallin on Friday, March 8, 2024, to inspect the Sudovian fishing fleet.\nKell met fishermen from Sudovia at the harbour of Tallin.\n\nSource: Baltic Wire\n";
        const string second = "Sudovian leader at the harbour\n\nSudovian Prime Minister Tomas Kell visited the harbour of Tallin on Friday, March 8, 2024, to inspect the fishing fleet of Sudovia.\nThe weather at the harbour of Tallin was cold.\n\nSource: Baltic Wire\n";
        var corpus = StoryCorpusRunner.Run(("wire1", first), ("wire2", second));
        var story = Assert.Single(corpus.Stories);

        Assert.Empty(story.Agreements);
        Assert.Contains(story.Exclusives, e => e.Text.Contains("harbour of Tallin on Friday", StringComparison.Ordinal));
    }

    [Fact]
    public void Copies_of_an_article_re_posted_by_many_sites_count_as_one_source()
    {
        // More copies than a sentence's holders are compared with: the copies must still be joined.
        var copies = Enumerable.Range(1, 80).Select(i => ($"copy{i:D2}", Alpha.TrimEnd() + $"\nThis copy was published by site number {i} of the syndicate.\n"));
        var corpus = StoryCorpusRunner.Run([.. copies, ("beta", Beta)]);
        var story = Assert.Single(corpus.Stories);

        Assert.NotEmpty(story.Agreements);
        Assert.All(story.Agreements, a => Assert.Contains(a.Citations, c => c.Doc == "beta"));
    }

    [Fact]
    public void A_reposted_article_states_its_claims_once_and_only_its_own_sentences_again()
    {
        const string added = "Police said 2,000 people had been stopped at the border of Norland on Sunday, March 3, 2024.";
        var corpus = StoryCorpusRunner.Run(("alpha", Alpha), ("beta", Beta), ("repost", Alpha.TrimEnd() + "\n" + added + "\n"));
        var story = Assert.Single(corpus.Stories);
        var citations = story.Agreements.Concat(story.Exclusives).SelectMany(s => s.Citations)
            .Concat(story.Conflicts.SelectMany(c => c.Claims.Select(k => new Citation(k.Doc, k.Sentence))))
            .ToList();

        Assert.Contains(story.Copies, group => group.Contains("alpha") && group.Contains("repost"));
        Assert.Contains(story.Agreements, a => a.Citations.Any(c => c.Doc == "alpha") && a.Citations.Any(c => c.Doc == "beta"));
        Assert.All(citations.Where(c => c.Doc == "repost"), c => Assert.Equal(added, StoryCorpusRunner.SentenceText(corpus, c)));
        Assert.Contains(story.Exclusives, e => e.Citations.Any(c => c.Doc == "repost"));
    }
}
