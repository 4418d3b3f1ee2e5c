using Dossier.Core.Events;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Tests.TestSupport;

namespace Dossier.Core.Tests.Events;

public sealed class EventRecordBuilderTests
{
    private const string VisitText = "Kim arrived in Vladivostok on Wednesday. Putin welcomed Kim to Russia.";

    private static readonly PlaceGazetteer Places = new(
    [
        (new Place("Vladivostok", "RU", 43.10562, 131.87353, 587022, false), ["Владивосток"]),
        (new Place("Russia", "RU", double.NaN, double.NaN, 0, true), ["Russian Federation"]),
        (new Place("Pyongyang", "KP", 39.03385, 125.75432, 3222000, false), []),
    ]);

    private static EventRecordBuilder Builder() => new(CameoTable.Default, PloverMap.Default, Places);

    private static Document Doc(string id, string text, PublicationDate? published = null)
    {
        var document = TestDocuments.Create(text, id);
        document.Metadata = document.Metadata with { Published = published };
        document.Mentions = [.. Names(text, "Vladivostok", EntityType.Location, document), .. Names(text, "Russia", EntityType.Country, document), .. Names(text, "Pyongyang", EntityType.Location, document)];
        return document;
    }

    private static IEnumerable<Mention> Names(string text, string name, EntityType type, Document document)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
        {
            yield return new Mention(new TextSpan(at, at + name.Length), name, type, document.SentenceAt(at), "test");
        }
    }

    private static TextSpan Span(Document document, string words, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = document.Text.IndexOf(words, at + 1, StringComparison.Ordinal);
        }

        return new TextSpan(at, at + words.Length);
    }

    private static EventActor Actor(Document document, string words, string? code = null, int occurrence = 0) =>
        new(null, code, words, Span(document, words, occurrence));

    private static CodedEvent Coded(Document document, EventActor source, EventActor? target, string cameo, string action, EventMode mode = EventMode.Asserted, string? date = null)
    {
        var span = Span(document, action);
        return new CodedEvent(source, target, cameo, document.SentenceAt(span.Start), span, "rule:" + action, mode, date);
    }

    private static Entity Person(string id, string name, string code, params (Document Document, string Words)[] mentions) =>
        new(id, name, EntityType.Person, code, null, [], [.. mentions.SelectMany(m => AllSpans(m.Document, m.Words))]);

    private static IEnumerable<DocumentSpan> AllSpans(Document document, string words)
    {
        for (var at = document.Text.IndexOf(words, StringComparison.Ordinal); at >= 0; at = document.Text.IndexOf(words, at + words.Length, StringComparison.Ordinal))
        {
            yield return new DocumentSpan(document.Id, new TextSpan(at, at + words.Length));
        }
    }

    private static Corpus Run(IReadOnlyList<Document> documents, params Entity[] entities)
    {
        var corpus = new Corpus(documents) { Entities = entities };
        Builder().Process(corpus, CancellationToken.None);
        return corpus;
    }

    private static PublicationDate Day(int month, int day) => new(new DateTime(2019, month, day), DatePrecision.Day);

    [Fact]
    public void Actors_are_linked_to_the_entity_their_words_overlap_and_take_its_code_when_the_coder_gave_none()
    {
        var a = Doc("a", VisitText, Day(4, 24));
        a.Events = [Coded(a, Actor(a, "Kim"), Actor(a, "Russia", "RUS"), "042", "arrived")];
        var kim = Person("kim-jong-un", "Kim Jong Un", "PRKGOV", (a, "Kim"));
        var russia = new Entity("russia", "Russia", EntityType.Country, "RUS", null, [], [.. AllSpans(a, "Russia")]);

        var record = Assert.Single(Run([a], kim, russia).Events);

        Assert.Equal(new EventActor("kim-jong-un", "PRKGOV", "Kim Jong Un"), record.Source);
        Assert.Equal(new EventActor("russia", "RUS", "Russia"), record.Target);
    }

    [Fact]
    public void Each_member_of_a_compound_actor_is_linked_to_the_entity_with_its_code()
    {
        const string text = "North Korea and Russia have organized a summit.";
        var a = TestDocuments.Create(text, "a");
        a.Metadata = a.Metadata with { Published = Day(4, 24) };
        var compound = Span(a, "North Korea and Russia");
        a.Events = [new CodedEvent(new EventActor(null, "PRK", "North Korea and Russia", compound), new EventActor(null, "RUS", "North Korea and Russia", compound), "050", a.SentenceAt(0), Span(a, "organized"), "rule:organized", EventMode.Asserted, null)];
        var northKorea = new Entity("north-korea", "North Korea", EntityType.Country, "PRK", null, [], [.. AllSpans(a, "North Korea")]);
        var russia = new Entity("russia", "Russia", EntityType.Country, "RUS", null, [], [.. AllSpans(a, "Russia")]);

        var record = Assert.Single(Run([a], northKorea, russia).Events);

        Assert.Equal("north-korea", record.Source.Entity);
        Assert.Equal("russia", record.Target!.Entity);
    }

    [Fact]
    public void The_coders_actor_code_wins_over_the_entitys_and_an_unlinked_actor_keeps_its_words()
    {
        var a = Doc("a", VisitText, Day(4, 24));
        a.Events = [Coded(a, Actor(a, "Kim", "PRKELI"), Actor(a, "Vladivostok"), "042", "arrived")];
        var kim = Person("kim-jong-un", "Kim Jong Un", "PRKGOV", (a, "Kim"));

        var record = Assert.Single(Run([a], kim).Events);

        Assert.Equal("PRKELI", record.Source.ActorCode);
        Assert.Equal(new EventActor(null, null, "Vladivostok"), record.Target);
    }

    [Fact]
    public void Records_carry_the_cameo_table_and_plover_values()
    {
        var a = Doc("a", VisitText, Day(4, 24));
        a.Events = [Coded(a, Actor(a, "Kim", "PRK"), Actor(a, "Russia", "RUS"), "042", "arrived")];

        var record = Assert.Single(Run([a]).Events);

        Assert.Equal(("042", "04", (int?)1, (double?)1.9, "CONSULT", "visit"), (record.Cameo, record.RootCode, record.QuadClass, record.Goldstein, record.Plover, record.PloverMode));
        Assert.Equal("rule:arrived", record.Rule);
        Assert.Equal(EventMode.Asserted, record.Mode);
    }

    [Fact]
    public void An_unknown_code_keeps_its_digits_without_table_values()
    {
        var a = Doc("a", VisitText, Day(4, 24));
        a.Events = [Coded(a, Actor(a, "Kim", "PRK"), null, "99", "arrived")];

        var record = Assert.Single(Run([a]).Events);

        Assert.Equal(("99", "99", (int?)null, (double?)null, (string?)null), (record.Cameo, record.RootCode, record.QuadClass, record.Goldstein, record.Plover));
        Assert.Null(record.Target);
    }

    [Fact]
    public void The_same_visit_from_three_documents_is_one_record_with_every_citation()
    {
        var a = Doc("a", VisitText, Day(4, 24));
        var b = Doc("b", "Putin greeted Kim. Kim arrived in Vladivostok by train.", Day(4, 25));
        var c = Doc("c", "North Korea's leader Kim came to Vladivostok.", new PublicationDate(new DateTime(2019, 4, 24, 23, 10, 0), DatePrecision.Minute));
        a.Events = [Coded(a, Actor(a, "Kim"), Actor(a, "Vladivostok", "RUS"), "042", "arrived")];
        b.Events = [Coded(b, Actor(b, "Kim", occurrence: 1), Actor(b, "Vladivostok", "RUS"), "042", "arrived")];
        c.Events = [Coded(c, Actor(c, "Kim"), Actor(c, "Vladivostok", "RUS"), "04", "came")];
        var kim = Person("kim-jong-un", "Kim Jong Un", "PRKGOV", (a, "Kim"), (b, "Kim"), (c, "Kim"));

        var record = Assert.Single(Run([c, b, a], kim).Events);

        Assert.Equal([new Citation("a", 0), new Citation("b", 1), new Citation("c", 0)], record.Evidence);
        Assert.Equal("042", record.Cameo);
        Assert.Equal("2019-04-24", record.Date);
        Assert.Equal("rule:arrived", record.Rule);
    }

    [Fact]
    public void Sibling_codes_far_dates_and_a_negation_stay_separate_records()
    {
        var a = Doc("a", VisitText, Day(4, 24));
        var b = Doc("b", VisitText, Day(4, 24));
        var c = Doc("c", VisitText, Day(4, 28));
        var d = Doc("d", VisitText, Day(4, 24));
        a.Events = [Coded(a, Actor(a, "Kim", "PRK"), Actor(a, "Russia", "RUS"), "042", "arrived")];
        b.Events = [Coded(b, Actor(b, "Kim", "PRK"), Actor(b, "Russia", "RUS"), "043", "arrived")];
        c.Events = [Coded(c, Actor(c, "Kim", "PRK"), Actor(c, "Russia", "RUS"), "042", "arrived")];
        d.Events = [Coded(d, Actor(d, "Kim", "PRK"), Actor(d, "Russia", "RUS"), "042", "arrived", EventMode.Negated)];

        var records = Run([a, b, c, d]).Events;

        Assert.Equal(4, records.Count);
        Assert.All(records, r => Assert.Single(r.Evidence));
    }

    [Fact]
    public void A_planned_and_an_asserted_report_merge_as_asserted()
    {
        var a = Doc("a", VisitText, Day(4, 24));
        var b = Doc("b", VisitText, Day(4, 24));
        a.Events = [Coded(a, Actor(a, "Kim", "PRK"), Actor(a, "Russia", "RUS"), "042", "arrived", EventMode.Planned)];
        b.Events = [Coded(b, Actor(b, "Kim", "PRK"), Actor(b, "Russia", "RUS"), "042", "arrived", EventMode.Asserted)];

        var record = Assert.Single(Run([a, b]).Events);

        Assert.Equal(EventMode.Asserted, record.Mode);
        Assert.Equal(2, record.Evidence.Count);
    }

    [Fact]
    public void The_sentence_date_beats_the_publication_date_and_undated_events_merge_only_with_undated_ones()
    {
        var a = Doc("a", VisitText, Day(4, 27));
        var b = Doc("b", VisitText);
        var c = Doc("c", VisitText);
        a.Events = [Coded(a, Actor(a, "Kim", "PRK"), null, "042", "arrived", date: "2019-04-24TNI")];
        b.Events = [Coded(b, Actor(b, "Kim", "PRK"), null, "042", "arrived")];
        c.Events = [Coded(c, Actor(c, "Kim", "PRK"), null, "042", "arrived")];

        var records = Run([a, b, c]).Events;

        Assert.Equal([("2019-04-24", 1), (null, 2)], records.Select(r => (r.Date, r.Evidence.Count)));
    }

    [Fact]
    public void A_month_only_publication_date_keeps_its_precision_and_contains_a_day_of_that_month()
    {
        var a = Doc("a", VisitText, new PublicationDate(new DateTime(2019, 4, 1), DatePrecision.Month));
        var b = Doc("b", VisitText, Day(4, 25));
        a.Events = [Coded(a, Actor(a, "Kim", "PRK"), null, "042", "arrived")];
        b.Events = [Coded(b, Actor(b, "Kim", "PRK"), null, "042", "arrived")];

        var record = Assert.Single(Run([a, b]).Events);

        Assert.Equal("2019-04-25", record.Date);
    }

    [Fact]
    public void Records_are_ordered_by_date_then_evidence_whatever_the_document_order()
    {
        var a = Doc("a", VisitText, Day(4, 25));
        var b = Doc("b", VisitText, Day(4, 20));
        var c = Doc("c", VisitText);
        a.Events = [Coded(a, Actor(a, "Putin", "RUS"), Actor(a, "Kim", "PRK"), "043", "welcomed"), Coded(a, Actor(a, "Kim", "PRK"), null, "042", "arrived")];
        b.Events = [Coded(b, Actor(b, "Putin", "RUS"), Actor(b, "Kim", "PRK"), "111", "welcomed")];
        c.Events = [Coded(c, Actor(c, "Kim", "PRK"), null, "042", "arrived")];

        var forward = Run([a, b, c]).Events;
        var backward = Run([c, b, a]).Events;

        Assert.Equal([("111", "2019-04-20"), ("042", "2019-04-25"), ("043", "2019-04-25"), ("042", null)], forward.Select(r => (r.Cameo, r.Date)));
        Assert.Equal(forward.Select(r => (r.Cameo, r.Date)), backward.Select(r => (r.Cameo, r.Date)));
    }

    [Fact]
    public void The_place_is_the_city_named_in_the_sentence_before_a_country()
    {
        var a = Doc("a", "Kim arrived in Russia, in Vladivostok, on Wednesday.", Day(4, 24));
        a.Events = [Coded(a, Actor(a, "Kim", "PRK"), null, "042", "arrived")];

        var record = Assert.Single(Run([a]).Events);

        Assert.Equal(new EventLocation("Vladivostok", "RU", 43.10562, 131.87353), record.Location);
    }

    [Fact]
    public void A_country_alone_places_the_event_without_coordinates_and_other_sentences_do_not_count()
    {
        var a = Doc("a", VisitText, Day(4, 24));
        a.Events = [Coded(a, Actor(a, "Putin", "RUS"), Actor(a, "Kim", "PRK", occurrence: 1), "043", "welcomed")];

        var record = Assert.Single(Run([a]).Events);

        Assert.Equal(new EventLocation("Russia", "RU", null, null), record.Location);
    }

    [Fact]
    public void Without_coded_events_there_are_no_records()
    {
        Assert.Empty(Run([Doc("a", VisitText, Day(4, 24))]).Events);
    }

    [Fact]
    public void The_default_pipeline_builds_records_after_resolving_entities()
    {
        var steps = DefaultPipeline.CreateBuilder().CorpusSteps.Select(s => s.Name).ToList();

        Assert.True(steps.IndexOf("EventRecordBuilder") > steps.IndexOf("EntityResolver"));
        Assert.Contains(Layer.EventRecords, new EventRecordBuilder().Produces);
        DefaultPipeline.Create();
    }
}
