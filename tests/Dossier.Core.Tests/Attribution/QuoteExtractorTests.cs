using Dossier.Core.Attribution;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Recognition;
using Dossier.Core.Tests.TestSupport;

namespace Dossier.Core.Tests.Attribution;

public sealed class QuoteExtractorTests
{
    private static IReadOnlyList<Quote> Extract(string text)
    {
        var document = TestDocuments.Create(text);
        new NameRecognizer().Process(document, CancellationToken.None);
        new QuoteExtractor().Process(document, CancellationToken.None);
        return document.Quotes;
    }

    [Theory]
    [InlineData(
        "“Given the ambiguity of the Chinese position, North Korea may appear to be cozying up with Russia,” said Koo Kab-woo, a professor at the University of North Korean Studies.",
        "Koo Kab-woo", "a professor at the University of North Korean Studies", "said")]
    [InlineData(
        "“Maybe, the numbers will stop decreasing after Kim’s visit,” said Dmitry Zhuravlev, director general of the Institute of Regional Issues in Moscow.",
        "Dmitry Zhuravlev", "director general of the Institute of Regional Issues in Moscow", "said")]
    [InlineData(
        "Upon reaching Russia, Kim said, “I came to Russia with the warm feeling of our people.”",
        "Kim", null, "said")]
    [InlineData(
        "Jeong Young-tae, an analyst at the Institute of North Korean Studies in Seoul, said “It’s part of the North’s Juche ideology not to rely on a single ally.”",
        "Jeong Young-tae", "an analyst at the Institute of North Korean Studies in Seoul", "said")]
    [InlineData(
        "“At the centre of attention will be the political and diplomatic solution,” Putin’s aide Yuri Ushakov told a news conference on Tuesday.",
        "Yuri Ushakov", "aide", "told")]
    [InlineData(
        "On June 15, 2018, Maria Zakharova, Russian Foreign Ministry spokesperson, said, \"A modification of the regime of sanctions can, and should be, one of the most important components.\"",
        "Maria Zakharova", "Russian Foreign Ministry spokesperson", "said")]
    public void Attributes_a_direct_quote_to_the_named_speaker(string text, string speaker, string? description, string cue)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.NotNull(quote.Speaker?.Span);
        Assert.Equal(speaker, text[quote.Speaker!.Span!.Value.Start..quote.Speaker.Span.Value.End]);
        Assert.Equal(description, quote.Speaker.Description);
        Assert.Equal(cue, quote.Cue);
    }

    [Theory]
    [InlineData(
        "“This is an attempt by Kim Jong-un to build a front to put diplomatic pressure on the US,” said a former high-ranking government official.",
        "a former high-ranking government official")]
    [InlineData(
        "“Kim Jong-un has nothing to lose, and Russia might step forward with a promise to help ease sanctions on the North,” a government official said.",
        "a government official")]
    public void Attributes_a_quote_to_an_anonymous_source(string text, string phrase)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(phrase, quote.Speaker?.Name);
        Assert.Equal(phrase, quote.Speaker?.Description);
        Assert.Null(quote.Speaker?.Span);
    }

    [Fact]
    public void Gives_both_halves_of_a_quote_split_by_its_cue_the_same_speaker()
    {
        var text = "“North Koreans are in trouble with no hope for sanctions relief,” Cho told Al Jazeera. “China can’t help as it is in the middle of a trade war with the US.”";

        var quotes = Extract(text);

        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Cho", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Direct, q.Kind));
        Assert.Equal("North Koreans are in trouble with no hope for sanctions relief", quotes[0].Text);
        Assert.Equal(quotes[0].Text, text[quotes[0].Span.Start..quotes[0].Span.End]);
    }

    [Fact]
    public void Carries_the_speaker_into_a_following_quote_only_paragraph()
    {
        var text = "“Kim and Putin are expected to announce improved bilateral relations,” said Cho.\n\n“In addition, there’s not much for the two to gain from this summit.”";

        var quotes = Extract(text);

        Assert.Equal(["Cho", "Cho"], quotes.Select(q => q.Speaker?.Name));
    }

    [Theory]
    [InlineData("According to Georgy Toloraya, a North Korean scholar at the Moscow State Institute of International Affairs, who termed the talks “timely” following the summit.", "timely", "Georgy Toloraya")]
    [InlineData("Kim’s staff included foreign minister Ri Yong Ho, who reportedly told the reporters that North Korea would “never change” its stance.", "never change", "Ri Yong Ho")]
    [InlineData("Since then the policy is motivated by its “search for relevance” in the region.", "search for relevance", null)]
    public void Marks_a_few_quoted_words_inside_a_sentence_as_partial(string text, string quoted, string? speaker)
    {
        var quote = Assert.Single(Extract(text), q => q.Kind == QuoteKind.Partial);

        Assert.Equal(quoted, quote.Text);
        Assert.Equal(speaker, quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("On Friday, Putin’s spokesperson Dmitri Peskov said that the two leaders will discuss bilateral ties.", "Dmitri Peskov", "the two leaders will discuss bilateral ties")]
    [InlineData("A source in the South Korean government explained that North Korea’s relations with China are currently chilly.", "A source in the South Korean government", "North Korea’s relations with China are currently chilly")]
    [InlineData("Analysts say the Russia-North Korea summit will serve as a reminder to Washington.", "Analysts", "the Russia-North Korea summit will serve as a reminder to Washington")]
    public void Finds_reported_speech_without_quote_marks(string text, string speaker, string clause)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(clause, quote.Text);
    }

    [Theory]
    [InlineData("Polls of union voters show that Mrs. Clinton remains broadly popular with them.", QuoteKind.Finding, "Polls of union voters", "show")]
    [InlineData("The campaign refused to answer questions about the donation.", QuoteKind.Intention, "The campaign", "refused")]
    [InlineData("Many liberal economists believe it would be easy for banks to get around the rule.", QuoteKind.Belief, "Many liberal economists", "believe")]
    [InlineData("The senator has called for an inquiry into the sale of the company.", QuoteKind.Indirect, "The senator", "called for")]
    public void Marks_attributions_that_are_not_speech_with_their_kind(string text, QuoteKind kind, string source, string cue)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(kind, quote.Kind);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(source, quote.Source is { } span ? text[span.Start..span.End] : null);
    }

    [Theory]
    [InlineData("Though the two countries maintain good political relations, their economic ties are weak.")]
    [InlineData("The talks will fail unless both sides find a common ground on the sanctions.")]
    public void Verbs_with_a_plain_object_are_not_attributions(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("Three senators endorsed Trump on Monday.", "Three senators", "endorsed", "Trump on Monday")]
    [InlineData("Russia endorsed some of the toughest sanctions against the country.", "Russia", "endorsed", "some of the toughest sanctions against the country")]
    [InlineData("Most union members oppose the trade deal.", "Most union members", "oppose", "the trade deal")]
    public void A_stance_verb_attributes_its_plain_object(string text, string source, string cue, string content)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(QuoteKind.Belief, quote.Kind);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(content, quote.Text);
        Assert.Equal(source, quote.Source is { } span ? text[span.Start..span.End] : null);
    }

    [Fact]
    public void A_stance_verb_with_a_particle_is_no_stance() => Assert.Empty(Extract("The governor backed away from the plan last week."));

    [Fact]
    public void The_same_verbs_attribute_a_clause()
    {
        const string text = "The minister maintained that the talks had failed over the sanctions.";

        var quote = Assert.Single(Extract(text));

        Assert.Equal("maintained", quote.Cue);
        Assert.Equal("the talks had failed over the sanctions", quote.Text);
    }

    [Fact]
    public void Keeps_reported_speech_whose_pronoun_names_nobody_as_a_source_without_speaker()
    {
        const string text = "He explained that it would be a long journey for the DPRK.";

        var quote = Assert.Single(Extract(text));

        Assert.Null(quote.Speaker);
        Assert.Equal("He", quote.Source is { } span ? text[span.Start..span.End] : null);
    }

    [Fact]
    public void Reads_two_apostrophes_as_quotation_marks()
    {
        const string text = "''We are going to win this nomination in July,'' Bernie Sanders said.";

        var quote = Assert.Single(Extract(text));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("We are going to win this nomination in July", quote.Text);
        Assert.Equal("Bernie Sanders", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("The meeting is said to take place at a university campus in Vladivostok.")]
    [InlineData("Hundreds more showed up to hear her speak at the park.")]
    [InlineData("Kim arrived on Wednesday in Khasan.")]
    public void Finds_no_quote_without_a_speaker_or_quote_marks(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void Links_a_short_name_to_the_full_name_and_its_description()
    {
        var text = "Cho Han-bum, a senior research fellow at the Korea Institute for National Unification, spoke on Monday.\n\n“The summit will not make any difference,” said Cho.";

        var quote = Assert.Single(Extract(text));

        Assert.Equal("Cho Han-bum", quote.Speaker?.Name);
        Assert.Equal("a senior research fellow at the Korea Institute for National Unification", quote.Speaker?.Description);
        Assert.Equal("Cho", text[quote.Speaker!.Source!.Value.Start..quote.Speaker.Source.Value.End]);
    }

    [Fact]
    public void Resolves_he_to_the_most_recent_person_named_outside_quotes()
    {
        var text = "Dmitri Peskov spoke to reporters. “Nothing is decided,” he said.";

        var quote = Assert.Single(Extract(text));

        Assert.Equal("Dmitri Peskov", quote.Speaker?.Name);
        Assert.Equal("said", quote.Cue);
        Assert.Equal("said", text[quote.CueSpan!.Value.Start..quote.CueSpan.Value.End]);
    }

    [Fact]
    public void Gives_a_quote_after_a_colon_sentence_its_speaker()
    {
        var text = "Yuri Ushakov told reporters:\n\n“At the centre of attention will be the political solution.”";

        var quote = Assert.Single(Extract(text));

        Assert.Equal("Yuri Ushakov", quote.Speaker?.Name);
    }

    [Theory]
    [InlineData("The two sides will sign no agreement, Dmitri Peskov said.", "Dmitri Peskov", "The two sides will sign no agreement")]
    [InlineData("The two sides will sign no agreement, according to Dmitri Peskov.", "Dmitri Peskov", "The two sides will sign no agreement")]
    [InlineData("Dmitri Peskov told Al Jazeera that the two sides will sign no agreement.", "Dmitri Peskov", "the two sides will sign no agreement")]
    [InlineData("Dmitri Peskov spoke on Friday, saying that the two sides will sign no agreement.", "Dmitri Peskov", "the two sides will sign no agreement")]
    public void Finds_reported_speech_with_its_cue_after_or_around_it(string text, string speaker, string clause)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(clause, quote.Text);
    }

    [Theory]
    [InlineData("Senator Maria Lopez said on Friday she would vote against the bill.", "Maria Lopez", "she would vote against the bill")]
    [InlineData("Tom Reyes, 34, a nurse from Denver, said he had waited two hours to vote.", "Tom Reyes", "he had waited two hours to vote")]
    [InlineData("Anna Kowalski, who chairs the budget committee, said the plan would cost more than expected.", "Anna Kowalski", "the plan would cost more than expected")]
    [InlineData("Rep. John Carver (D-Ohio) said he will release the report next week.", "John Carver", "he will release the report next week")]
    [InlineData("The budget office said about half of the shortfall came from lower tax revenue.", "The budget office", "about half of the shortfall came from lower tax revenue")]
    [InlineData("Wages rose faster than prices last year, federal officials said.", "federal officials", "Wages rose faster than prices last year")]
    [InlineData("The talks could resume next month, Mr. Petrov said.", "Petrov", "The talks could resume next month")]
    [InlineData("A company spokesman, Carl Weber, said on Monday that the plant would close.", "Carl Weber", "the plant would close")]
    [InlineData("Still, Tad Devine, a senior adviser to Mr. Sanders, said that the campaign would not mislead voters.", "Tad Devine", "the campaign would not mislead voters")]
    [InlineData("Economists say taxing carbon encourages cleaner investment.", "Economists", "taxing carbon encourages cleaner investment")]
    [InlineData("Ann Lee met flood victims on Thursday and said the state must rebuild quickly.", "Ann Lee", "the state must rebuild quickly")]
    [InlineData("Many voters at the rally said they liked his message on jobs.", "Many voters at the rally", "they liked his message on jobs")]
    [InlineData("Mayor Chen says, rain or shine, the parade will go ahead.", "Chen", "the parade will go ahead")]
    [InlineData("According to early results of exit polls conducted for two television networks by a research firm, most voters want change.", "early results of exit polls conducted for two television networks by a research firm", "most voters want change")]
    [InlineData("Turnout fell sharply in the north, according to a count by the election board.", "a count by the election board", "Turnout fell sharply in the north")]
    [InlineData("The pilot had logged many hours of flying, a school spokesman told a local newspaper.", "a school spokesman", "The pilot had logged many hours of flying")]
    [InlineData("Her husband would soon be coming home, the president told her.", "the president", "Her husband would soon be coming home")]
    public void Finds_reported_speech_past_what_stands_between_subject_cue_and_clause(string text, string speaker, string clause)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(speaker, quote.Speaker?.Name);
        Assert.Equal(clause, quote.Text);
    }

    [Theory]
    [InlineData("Trump said that officials met in the U.S..", "officials met in the U.S.")]
    [InlineData("Pompeo said that the talks would go on in the U.S.", "the talks would go on in the U.S.")]
    [InlineData("Pompeo said that the talks would go on in Hanoi.", "the talks would go on in Hanoi")]
    public void A_reported_quote_keeps_the_period_of_an_abbreviation_it_ends_with(string text, string clause)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(clause, quote.Text);
        Assert.Equal(clause, text[quote.Span.Start..quote.Span.End]);
    }

    [Theory]
    [InlineData("The senator seemed rattled by the attacks from his rival.", "seemed", "rattled by the attacks from his rival")]
    [InlineData("The final vote is widely expected to take place next week.", "is widely expected", "to take place next week")]
    [InlineData("Most of the donors appear to have ties to the same company.", "appear", "to have ties to the same company")]
    public void Attributes_an_impression_or_expectation_to_nobody(string text, string cue, string content)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(QuoteKind.Belief, quote.Kind);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(content, quote.Text);
        Assert.Null(quote.Speaker);
        Assert.Null(quote.Source);
    }

    [Theory]
    [InlineData("Economists believe this provides an incentive for employers to offer insurance.", "believe", "this provides an incentive for employers to offer insurance")]
    [InlineData("CNN reported at least six planes filled the skies with messages.", "reported", "at least six planes filled the skies with messages")]
    [InlineData("He said this week the vote was close.", "said", "the vote was close")]
    public void A_clause_may_open_with_this_or_at_least_but_not_with_when_it_was_said(string text, string cue, string content)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(cue, quote.Cue);
        Assert.Equal(content, quote.Text);
    }

    [Theory]
    [InlineData("A federal judge ruled that the school misled more than 100,000 students.", "A federal judge", "ruled", "that the school misled more than 100,000 students")]
    [InlineData("The bureau determined that he was not a threat.", "The bureau", "determined", "that he was not a threat")]
    public void Any_verb_before_a_that_clause_attributes_it_as_a_belief(string text, string source, string cue, string content)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(QuoteKind.Belief, quote.Kind);
        Assert.Equal(source, text[quote.Source!.Value.Start..quote.Source.Value.End]);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(content, quote.Text);
    }

    [Theory]
    [InlineData("Paul Allen bought that plane in 1995.")]
    [InlineData("They built a social analytics tool that monitors social media.")]
    [InlineData("This means that the vote was close.")]
    public void A_determiner_a_relative_clause_or_a_consequence_is_no_that_clause_cue(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("Analysts insist the political tide is turning their way.", "insist", "the political tide is turning their way")]
    [InlineData("Legal experts suggest such a tactic could violate federal protections.", "suggest", "such a tactic could violate federal protections")]
    public void A_cue_verb_the_tagger_misreads_after_its_subject_is_still_a_cue(string text, string cue, string content)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(cue, quote.Cue);
        Assert.Equal(content, quote.Text);
    }

    [Fact]
    public void Two_words_of_their_own_are_a_content()
    {
        var quote = Assert.Single(Extract("The company declined to comment."));

        Assert.Equal(QuoteKind.Intention, quote.Kind);
        Assert.Equal("to comment", quote.Text);
    }

    [Fact]
    public void A_listener_is_not_a_content() => Assert.Empty(Extract("Trump told the crowd."));

    [Fact]
    public void A_participle_after_a_direct_quote_shares_its_speaker()
    {
        var text = "“We have to awaken and energize the body of Christ,” he said, referring to faith-driven voters.";

        var quotes = Extract(text);

        Assert.Equal(2, quotes.Count);
        var referring = quotes[1];
        Assert.Equal("referring to", referring.Cue);
        Assert.Equal("faith-driven voters", referring.Text);
        Assert.Equal("he", text[referring.Source!.Value.Start..referring.Source.Value.End]);
    }

    [Fact]
    public void Appearing_somewhere_is_no_impression() => Assert.Empty(Extract("The governor appeared on a morning show with her husband."));

    [Theory]
    [InlineData("Asked whether he would run again, Cruz said he had not decided yet.", "Asked", "whether he would run again")]
    [InlineData("Asked if he was worried, Trump said: “Not at all, we are winning everywhere.”", "Asked", "if he was worried")]
    [InlineData("The governor was asked about the loan from the bank during the debate.", "was asked about", "the loan from the bank during the debate")]
    public void Finds_a_question_put_to_someone_without_a_source(string text, string cue, string question)
    {
        var quote = Assert.Single(Extract(text), q => q.Cue == cue);

        Assert.Equal(question, quote.Text);
        Assert.Null(quote.Speaker);
        Assert.Null(quote.Source);
    }

    [Fact]
    public void Keeps_the_answer_to_a_question_as_its_own_quote()
    {
        var quotes = Extract("Asked whether he would run again, Cruz said he had not decided yet.");

        var answer = Assert.Single(quotes, q => q.Cue == "said");
        Assert.Equal("Cruz", answer.Speaker?.Name);
        Assert.Equal("he had not decided yet", answer.Text);
    }

    [Fact]
    public void Reported_speech_ends_before_a_direct_quote_later_in_its_sentence()
    {
        const string text = "Ann Lee said she had not seen the report, and when asked about it, she said: “We will read it carefully.”";

        var quotes = Extract(text);

        var reported = Assert.Single(quotes, q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("Ann Lee", reported.Speaker?.Name);
        Assert.Equal("she had not seen the report, and when asked about it", reported.Text);
        Assert.Single(quotes, q => q.Kind == QuoteKind.Direct && q.Text.StartsWith("We will read it carefully", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Bellwether County Says Trump Should Win GOP Nomination\n\nThe county has voted for the winner since 1980.", "Bellwether County", "Says", "Trump Should Win GOP Nomination")]
    [InlineData("Mike Pence Calls for Special Prosecutor in Email Case\n\nThe governor spoke in Ohio.", "Mike Pence", "Calls for", "Special Prosecutor in Email Case")]
    public void Reads_a_title_case_headline_as_source_cue_and_content(string text, string source, string cue, string content)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(cue, quote.Cue);
        Assert.Equal(content, quote.Text);
        Assert.Equal(source, quote.Source is { } span ? text[span.Start..span.End] : null);
    }

    [Fact]
    public void A_title_case_line_longer_than_a_headline_is_not_read_as_one()
    {
        var line = "Mayor Says " + string.Join(' ', Enumerable.Repeat("Budget Plans Remain Uncertain", 8));

        Assert.DoesNotContain(Extract(line + "\n\nThe council met."), q => q.Cue == "Says");
        Assert.Contains(Extract("Mayor Says Budget Plans Remain Uncertain\n\nThe council met."), q => q.Cue == "Says");
    }

    [Fact]
    public void A_sentence_with_a_capitalised_verb_is_not_a_headline() =>
        Assert.Empty(Extract("The Delegates Says Committee met on Tuesday in a small room near the hall."));

    [Theory]
    [InlineData("Poll: Trump and Clinton hold narrow leads in Pennsylvania\n\nThe race is close.", "Poll", "Trump and Clinton hold narrow leads in Pennsylvania")]
    [InlineData("Clinton Camp: The attacks threaten national security\n\nThe campaign said more.", "Clinton Camp", "The attacks threaten national security")]
    public void Reads_a_short_label_before_a_colon_as_the_source(string text, string source, string content)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(content, quote.Text);
        Assert.Equal(source, quote.Source is { } span ? text[span.Start..span.End] : null);
    }

    [Theory]
    [InlineData("Related: Trump and Clinton hold narrow leads in Pennsylvania\n\nThe race is close.")]
    [InlineData("Q: How did the two candidates do in the debate last night?\n\nThe race is close.")]
    public void A_label_that_introduces_no_speech_is_not_a_source(string text) => Assert.Empty(Extract(text));

    [Theory]
    [InlineData("In an NBC News poll released Monday, 50 percent of respondents chose Clinton.", "In", "an NBC News poll released Monday", "50 percent of respondents chose Clinton")]
    [InlineData("But he fell to 10 percent in the latest CNN poll released Wednesday.", "in", "the latest CNN poll released Wednesday", "But he fell to 10 percent")]
    public void A_poll_that_holds_a_clause_is_its_source(string text, string cue, string source, string content)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(QuoteKind.Finding, quote.Kind);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(source, quote.Source is { } span ? text[span.Start..span.End] : null);
        Assert.Equal(content, quote.Text);
    }

    [Theory]
    [InlineData("Fifteen percent of voters in the poll said nothing at all.")]
    [InlineData("Though Sanders held leads over Clinton in a Granite State survey, he lost the state.")]
    [InlineData("The senator has sagged badly in the polls this month.")]
    [InlineData("Many of the questions in the survey were about the economy.")]
    public void A_poll_in_a_subject_a_subordinate_clause_or_in_general_is_no_source(string text) =>
        Assert.DoesNotContain(Extract(text), q => q.Cue is "in" or "In");

    [Theory]
    [InlineData("The pilot had logged nearly 6,300 hours of flying time, the BBC reported.", "reported", "the BBC", "The pilot had logged nearly 6,300 hours of flying time")]
    [InlineData("Battleground Senate races in Ohio are all close, a Quinnipiac University poll shows.", "shows", "a Quinnipiac University poll", "Battleground Senate races in Ohio are all close")]
    public void A_source_and_verb_after_the_comma_that_ends_a_clause_attribute_it(string text, string cue, string source, string content)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(cue, quote.Cue);
        Assert.Equal(source, quote.Source is { } span ? text[span.Start..span.End] : null);
        Assert.Equal(content, quote.Text);
    }

    [Fact]
    public void A_verb_that_ends_a_sentence_without_a_comma_attributes_nothing() => Assert.Empty(Extract("The company he founded long ago reported."));

    [Fact]
    public void A_poll_finds_what_it_holds_without_a_that_clause()
    {
        var quote = Assert.Single(Extract("The April survey found Clinton leading Sanders by seven points."));

        Assert.Equal(QuoteKind.Finding, quote.Kind);
        Assert.Equal("found", quote.Cue);
        Assert.Equal("Clinton leading Sanders by seven points", quote.Text);
    }

    [Fact]
    public void A_person_who_finds_a_thing_is_no_finding() => Assert.Empty(Extract("The two leaders found a common ground on trade."));

    [Theory]
    [InlineData("Mr. Trump's attacks on Mr. Clinton are now rippling through the race.", "Trump", "attacks on", "Mr. Clinton")]
    [InlineData("Sen. Graham's energetic endorsement of Cruz surprised the party.", "Graham", "energetic endorsement of", "Cruz")]
    public void The_possessor_of_a_cue_noun_takes_a_side_on_its_object(string text, string source, string cue, string target)
    {
        var quote = Assert.Single(Extract(text));

        Assert.Equal(QuoteKind.Belief, quote.Kind);
        Assert.Equal(source, text[quote.Source!.Value.Start..quote.Source.Value.End]);
        Assert.Equal(cue, quote.Cue);
        Assert.Equal(target, quote.Text);
    }

    [Fact]
    public void A_cue_noun_with_an_infinitive_is_an_intention_that_ends_before_the_sentence_verb()
    {
        var quote = Assert.Single(Extract("The party's decision to hold the debates on weekends helped the Republicans."));

        Assert.Equal(QuoteKind.Intention, quote.Kind);
        Assert.Equal("decision", quote.Cue);
        Assert.Equal("to hold the debates on weekends", quote.Text);
    }

    [Fact]
    public void A_possessive_pronoun_before_a_cue_noun_is_linked_to_the_person_named_before_it()
    {
        var text = "Donald Trump kept up his attacks on Jeb Bush.";

        var quote = Assert.Single(Extract(text));

        Assert.Equal("attacks on", quote.Cue);
        Assert.Equal("Jeb Bush", quote.Text);
        Assert.Equal("his", text[quote.Source!.Value.Start..quote.Source.Value.End]);
        Assert.Equal("Donald Trump", quote.Speaker?.Name);
    }

    [Fact]
    public void A_light_verb_lends_its_subject_to_the_cue_noun_and_a_coordinated_cue_keeps_its_own_clause()
    {
        var quotes = Extract("Paul Ryan expressed concern about the closed primary system and said he hoped it would change.");

        var concern = Assert.Single(quotes, q => q.Cue == "expressed concern about");
        Assert.Equal("the closed primary system", concern.Text);
        Assert.Equal("Paul Ryan", concern.Speaker?.Name);
        Assert.Contains(quotes, q => q.Cue == "said" && q.Text == "he hoped it would change");
    }

    [Fact]
    public void A_cue_noun_before_a_that_clause_attributes_it_to_nobody_when_no_one_holds_it()
    {
        var quote = Assert.Single(Extract("Despite complaints that he is a quixotic crusader, Sanders has found ways to press his agenda."), q => q.Cue == "complaints");

        Assert.Equal("that he is a quixotic crusader", quote.Text);
        Assert.Null(quote.Source);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void A_cue_noun_received_from_someone_is_aimed_at_the_sentence_subject()
    {
        var text = "The proposal has drawn harsh criticism from fellow Republican candidates.";

        var quote = Assert.Single(Extract(text));

        Assert.Equal(QuoteKind.Belief, quote.Kind);
        Assert.Equal("drawn harsh criticism", quote.Cue);
        Assert.Equal("The proposal", quote.Text);
        Assert.Equal("fellow Republican candidates", text[quote.Source!.Value.Start..quote.Source.Value.End]);
    }

    [Theory]
    [InlineData("His bid for the White House began in June.")]
    [InlineData("The plan that failed last year was revived by the council.")]
    public void A_campaign_or_a_relative_clause_after_a_noun_is_no_attribution(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void Declares_its_layers()
    {
        var step = new QuoteExtractor();

        Assert.Equal("QuoteExtractor", step.Name);
        Assert.True(step.Requires.SetEquals([Layer.CleanText, Layer.Tokens, Layer.Sentences, Layer.NameMentions]));
        Assert.True(step.Produces.SetEquals([Layer.Quotes]));
    }
}
