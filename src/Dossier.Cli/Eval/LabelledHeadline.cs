namespace Dossier.Cli.Eval;

/// <summary>One row of the UCI News Aggregator data: a headline, its address and the story it was filed under.</summary>
internal sealed record LabelledHeadline(string Id, string Title, string Url, string Story);
