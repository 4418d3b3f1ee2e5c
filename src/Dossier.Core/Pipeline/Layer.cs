namespace Dossier.Core.Pipeline;

/// <summary>A layer of analysis that a step needs or produces; the builder checks the order with these.</summary>
public enum Layer
{
    /// <summary>Document.Text, Metadata and Removed.</summary>
    CleanText,
    Sentences,
    Tokens,
    NameMentions,
    TimeMentions,
    Amounts,
    Quotes,

    /// <summary>Document.Events: what the coder found per sentence.</summary>
    Events,

    /// <summary>Corpus.Entities: names resolved across documents.</summary>
    Entities,
    Timeline,

    /// <summary>Corpus.Events: coded events merged across documents, with tables and locations.</summary>
    EventRecords,
    Stories,
}
