using Dossier.Core.Model;

namespace Dossier.Core.Cleaning;

/// <summary>What a parser made of one article: the clean body, what it learned, and what it took out.</summary>
/// <param name="Text">Paragraphs joined with a blank line; empty when nothing but boilerplate was found.</param>
public sealed record CleanedArticle(string Text, ArticleMetadata Metadata, IReadOnlyList<RemovedBlock> Removed);
