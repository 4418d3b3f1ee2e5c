namespace Dossier.Core.Model;

/// <summary>All documents of a run and the layers that corpus steps compute across them.</summary>
public sealed class Corpus
{
    public Corpus(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        Documents = documents;
        ById = documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Document> Documents { get; }

    public IReadOnlyDictionary<string, Document> ById { get; }

    public IReadOnlyList<Entity> Entities { get; set; } = [];

    public IReadOnlyList<TimelineItem> Timeline { get; set; } = [];

    public IReadOnlyList<PoliticalEvent> Events { get; set; } = [];

    public IReadOnlyList<Story> Stories { get; set; } = [];
}
