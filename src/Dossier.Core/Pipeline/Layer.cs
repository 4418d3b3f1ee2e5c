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
    Events,

    /// <summary>Corpus.Entities: names resolved across documents.</summary>
    Entities,
    Timeline,
    Stories,
}
