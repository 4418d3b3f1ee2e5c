using Dossier.Core.Model;

namespace Dossier.Core.Events;

/// <summary>
/// Merges reports of the same event into one <see cref="PoliticalEvent"/>. Two reports are the same
/// event when they have the same source and target (entity, else actor code, else name), CAMEO
/// codes on one branch (one code a prefix of the other: "04" and "042" merge, siblings "042" and
/// "043" do not), compatible dates (<see cref="EventDates.Compatible"/>) and the same polarity
/// (asserted, reported, planned and speculated reports merge with each other; a denial or a
/// negation only with its like). The record keeps the most specific code, the earliest day, the most named place (a city before a country), the
/// most certain mode and every (document, sentence) as evidence.
/// </summary>
internal sealed class EventRecordMerger(CameoTable cameo, PloverMap plover)
{
    public IReadOnlyList<PoliticalEvent> Merge(IEnumerable<EventReport> reports)
    {
        var clusters = new List<List<EventReport>>();
        var open = new Dictionary<(string, string, string, string), List<List<EventReport>>>();
        foreach (var report in reports
            .OrderBy(r => r.Date is null)
            .ThenBy(r => r.Date, StringComparer.Ordinal)
            .ThenByDescending(r => r.Cameo.Length)
            .ThenBy(r => r.Evidence.Doc, StringComparer.Ordinal)
            .ThenBy(r => r.Evidence.Sentence)
            .ThenBy(r => r.Cameo, StringComparer.Ordinal))
        {
            var key = (EventReport.ActorKey(report.Source), EventReport.ActorKey(report.Target), Root(report.Cameo), Polarity(report.Mode));
            if (!open.TryGetValue(key, out var candidates))
            {
                open[key] = candidates = [];
            }

            var cluster = candidates.FirstOrDefault(c => SameBranch(c[0].Cameo, report.Cameo) && SameBranch(MostSpecific(c), report.Cameo)
                && EventDates.Compatible(c[0].Date, report.Date));
            if (cluster is null)
            {
                cluster = [];
                candidates.Add(cluster);
                clusters.Add(cluster);
            }

            cluster.Add(report);
        }

        return [.. clusters.Select(Record).OrderBy(e => e, PoliticalEventOrder.Instance)];
    }

    private PoliticalEvent Record(List<EventReport> cluster)
    {
        var code = MostSpecific(cluster);
        var first = cluster.OrderBy(r => r.Evidence.Doc, StringComparer.Ordinal).ThenBy(r => r.Evidence.Sentence).First();
        var entry = cameo.Find(code);
        var coding = plover.Find(code);
        string? date = null;
        foreach (var report in cluster)
        {
            date = EventDates.Preferred(date, report.Date);
        }

        return new PoliticalEvent(
            Actor(cluster.Select(r => r.Source)),
            cluster.Any(r => r.Target is not null) ? Actor(cluster.Select(r => r.Target).OfType<EventActor>()) : null,
            code,
            entry?.RootCode ?? Root(code),
            entry?.QuadClass,
            entry?.Goldstein,
            coding?.Type,
            coding?.Mode,
            date,
            Location(cluster),
            [.. cluster.Select(r => r.Evidence).Distinct().OrderBy(c => c.Doc, StringComparer.Ordinal).ThenBy(c => c.Sentence)],
            first.Rule,
            cluster.Select(r => r.Mode).MinBy(Certainty));
    }

    /// <summary>The actors of one cluster share a key; the record takes the first entity, code and name found.</summary>
    private static EventActor Actor(IEnumerable<EventActor> actors)
    {
        var list = actors.ToList();
        return new EventActor(
            list.Select(a => a.Entity).FirstOrDefault(e => e is not null),
            list.Select(a => a.ActorCode).FirstOrDefault(c => !string.IsNullOrEmpty(c)),
            list.Select(a => a.Name).FirstOrDefault(n => !string.IsNullOrEmpty(n)));
    }

    /// <summary>The place most reports name; a city beats a country on ties, then the name.</summary>
    private static EventLocation? Location(List<EventReport> cluster) => cluster
        .Select(r => r.Location)
        .OfType<EventLocation>()
        .GroupBy(l => l)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key.Lat is null)
        .ThenBy(g => g.Key.Name, StringComparer.Ordinal)
        .Select(g => g.Key)
        .FirstOrDefault();

    private static string MostSpecific(List<EventReport> cluster) => cluster
        .Select(r => r.Cameo)
        .OrderByDescending(c => c.Length)
        .ThenBy(c => c, StringComparer.Ordinal)
        .First();

    private static bool SameBranch(string a, string b) =>
        a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    private static string Root(string code) => code.Length >= 2 ? code[..2] : code;

    private static string Polarity(EventMode mode) => mode is EventMode.Denied or EventMode.Negated ? mode.ToString() : "affirmative";

    /// <summary>Lower is more certain: what happened, then what a source says happened, then what is planned, then what may happen.</summary>
    private static int Certainty(EventMode mode) => mode switch
    {
        EventMode.Asserted => 0,
        EventMode.Reported => 1,
        EventMode.Planned => 2,
        EventMode.Speculated => 3,
        EventMode.Denied => 4,
        _ => 5,
    };
}
