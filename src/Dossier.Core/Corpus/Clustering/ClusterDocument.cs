namespace Dossier.Core.CorpusAnalysis.Clustering;

/// <summary>
/// What story clustering sees of one article: its words, the ids of the entities it names, and
/// when it was published. Built from a pipeline document or from a bare headline.
/// </summary>
/// <param name="Title">Headline words count <see cref="StoryClusterOptions.TitleWeight"/> times.</param>
/// <param name="Body">May be empty (headline-only input).</param>
/// <param name="Entities">Resolved entity ids, so that two spellings of one name match.</param>
/// <param name="Published">Unknown dates never keep documents apart.</param>
public sealed record ClusterDocument(string Id, string Title, string Body, IReadOnlyList<string> Entities, DateTime? Published);
