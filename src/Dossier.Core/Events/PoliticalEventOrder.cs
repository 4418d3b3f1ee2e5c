using Dossier.Core.Model;

namespace Dossier.Core.Events;

/// <summary>The order of event records: by date (undated last), then first evidence, then code, source and target.</summary>
internal sealed class PoliticalEventOrder : IComparer<PoliticalEvent>
{
    public static PoliticalEventOrder Instance { get; } = new();

    public int Compare(PoliticalEvent? x, PoliticalEvent? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        var order = (x.Date is null).CompareTo(y.Date is null);
        order = order != 0 ? order : string.CompareOrdinal(x.Date, y.Date);
        order = order != 0 ? order : string.CompareOrdinal(x.Evidence[0].Doc, y.Evidence[0].Doc);
        order = order != 0 ? order : x.Evidence[0].Sentence.CompareTo(y.Evidence[0].Sentence);
        order = order != 0 ? order : string.CompareOrdinal(x.Cameo, y.Cameo);
        order = order != 0 ? order : string.CompareOrdinal(EventReport.ActorKey(x.Source), EventReport.ActorKey(y.Source));
        return order != 0 ? order : string.CompareOrdinal(EventReport.ActorKey(x.Target), EventReport.ActorKey(y.Target));
    }
}
