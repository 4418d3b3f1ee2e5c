using Dossier.Core.Model;

namespace Dossier.Core.Tests.CorpusAnalysis;

/// <summary>The five summit articles, read by hand: what the story analysis must find in them.</summary>
public sealed class SampleStoryAnalysisTests
{
    private static Dossier.Core.Model.Corpus Corpus => StoryCorpusRunner.Sample;

    private static Story Story => Assert.Single(Corpus.Stories);

    private static string Text(Citation citation) => StoryCorpusRunner.SentenceText(Corpus, citation);

    [Fact]
    public void Al_Jazeeras_copy_calls_Trump_stupid_where_others_speak_of_a_failed_summit()
    {
        var insult = Assert.Single(Story.Framing, f => f.Text == "stupidity of Donald Trump");

        Assert.Equal(StoryCorpusRunner.SampleDoc("004"), insult.Doc);
        Assert.Equal("nameCalling", insult.Kind);
        Assert.StartsWith("others report it as", insult.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void The_infamous_and_bullying_resolution_is_loaded_language()
    {
        var loaded = Assert.Single(Story.Framing, f => f.Text == "infamous and bullying");

        Assert.Equal(StoryCorpusRunner.SampleDoc("004"), loaded.Doc);
        Assert.Equal("loadedLanguage", loaded.Kind);
    }

    [Theory]
    [InlineData("000", "ill-fated")]
    [InlineData("000", "lackluster")]
    [InlineData("002", "chummy")]
    public void Opinion_words_about_the_summits_are_loaded_language(string doc, string words)
    {
        Assert.Contains(Story.Framing, f => f.Doc == StoryCorpusRunner.SampleDoc(doc) && f.Text == words && f.Kind == "loadedLanguage");
    }

    [Fact]
    public void Fyodorovs_abominable_and_monstrous_sanctions_are_his_words_not_framing()
    {
        Assert.DoesNotContain(Story.Framing, f => f.Text.Contains("monstrous", StringComparison.Ordinal) || f.Text.Contains("abominable", StringComparison.Ordinal));
    }

    [Fact]
    public void Framing_spans_point_at_their_text()
    {
        Assert.All(Story.Framing, f => Assert.Equal(f.Text, Corpus.ById[f.Doc].TextOf(f.Span)));
    }

    [Fact]
    public void The_summary_says_who_met_whom_where_and_why_with_every_sentence_cited()
    {
        var summary = Story.Summary;
        var all = string.Join(' ', summary.Select(s => s.Text));

        Assert.Equal(7, summary.Count);
        Assert.All(summary, s => Assert.Contains(s.Text, s.Citations.Select(Text)));
        Assert.Contains("Kim", all, StringComparison.Ordinal);
        Assert.Contains("Putin", all, StringComparison.Ordinal);
        Assert.Contains("Vladivostok", all, StringComparison.Ordinal);
        Assert.Contains("sanctions", all, StringComparison.Ordinal);
        Assert.Contains(summary, s => s.Citations.Select(c => c.Doc).Distinct().Count() >= 3);
        Assert.DoesNotContain("stupidity", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Hankyorehs_four_trips_to_China_conflict_with_one_summit_with_Xi_in_the_list_of_summits()
    {
        var meetings = Assert.Single(Story.Conflicts, c => c.About.StartsWith("meetings with", StringComparison.Ordinal));

        Assert.Contains(meetings.Claims, k => k.Doc == StoryCorpusRunner.SampleDoc("002") && k.Value == "four trips to China");
        Assert.Contains(meetings.Claims, k => k.Doc == StoryCorpusRunner.SampleDoc("003") && k.Value == "one with Chinese President Xi Jinping");
        Assert.All(meetings.Claims, k => Assert.Contains(k.Value, Text(new Citation(k.Doc, k.Sentence)), StringComparison.Ordinal));
    }

    [Fact]
    public void The_two_summits_with_Trump_that_outlets_agree_on_are_not_a_conflict()
    {
        Assert.DoesNotContain(Story.Conflicts, c => c.Claims.Any(k => k.Value.Contains("Trump", StringComparison.Ordinal)));
    }

    [Fact]
    public void Trade_figures_of_different_years_are_not_reported_as_conflicting()
    {
        Assert.DoesNotContain(Story.Conflicts, c => c.Claims.Any(k => k.Value is "$60m" or "$34m" or "84 million U.S. dollars"));
    }

    [Fact]
    public void Kims_deadline_for_Washington_is_half_a_year_in_one_article_and_more_than_eight_months_in_another()
    {
        var deadline = Assert.Single(Story.Conflicts, c => c.Claims.Any(k => k.Value.Contains("eight months", StringComparison.Ordinal)));

        Assert.Contains(deadline.Claims, k => k.Doc == StoryCorpusRunner.SampleDoc("001") && k.Value == "a little bit more than eight months");
        Assert.Contains(deadline.Claims, k => k.Doc == StoryCorpusRunner.SampleDoc("000") && k.Value == "half-year");
        Assert.Contains(deadline.Claims, k => k.Doc == StoryCorpusRunner.SampleDoc("000") && k.Value == "six or seven months");
        Assert.All(deadline.Claims, k => Assert.Contains(k.Value, Text(new Citation(k.Doc, k.Sentence)), StringComparison.Ordinal));
    }

    [Fact]
    public void Time_since_an_event_is_not_a_deadline()
    {
        Assert.DoesNotContain(Story.Conflicts, c => c.Claims.Any(k => k.Value.Contains("two months", StringComparison.Ordinal) || k.Value.Contains("65 years", StringComparison.Ordinal)));
    }
}
