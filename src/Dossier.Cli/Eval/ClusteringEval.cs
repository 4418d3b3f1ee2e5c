using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dossier.Core.CorpusAnalysis.Clustering;

namespace Dossier.Cli.Eval;

/// <summary>
/// <c>dossier eval clustering FILE.csv</c>: clusters UCI News Aggregator headlines (the title as
/// the headline, the words of the URL's path as the body, no dates) with the story clusterer the
/// pipeline uses and prints B-cubed precision, recall and F1 against the labelled stories: on the
/// whole file and on each half of it split by story id (half A is the one to tune on, half B the
/// one to report). The file lists each story's rows together, and so would their timestamps, so
/// the rows are clustered in an order shuffled by a hash of their ids, which no label shapes.
/// </summary>
internal static class ClusteringEval
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "The UCI News Aggregator CSV (ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP)." };
        var minSimilarity = new Option<double?>("--min-similarity") { Description = "Override the headline preset's cosine threshold for joining a story." };
        var mergeSimilarity = new Option<double?>("--merge-similarity") { Description = "Override the headline preset's cosine threshold for merging two stories." };
        var articleOptions = new Option<bool>("--article-options") { Description = "Start from the whole-article preset instead of the headline preset." };
        var titleOnly = new Option<bool>("--title-only") { Description = "Cluster the titles alone, without the words of the URL." };
        var orderSeed = new Option<int>("--order-seed") { Description = "Another shuffle of the rows (0, the default, is the one reported)." };
        var expansionWeight = new Option<double?>("--expansion-weight") { Description = "Override the preset's share of a term's weight lent to the terms that keep company with it (0: none)." };
        var mixturePasses = new Option<int?>("--mixture-passes") { Description = "Override the preset's sweeps that move documents to the story that best explains their words (0: none)." };
        var mixtureSmoothing = new Option<double?>("--mixture-smoothing") { Description = "Override the preset's pseudo-count added to every word of every story in those sweeps." };
        var command = new Command("clustering", "B-cubed precision, recall and F1 of story clustering on labelled headlines.") { file, minSimilarity, mergeSimilarity, articleOptions, titleOnly, orderSeed, expansionWeight, mixturePasses, mixtureSmoothing };
        command.SetAction(parse => Run(parse.GetValue(file)!, new Settings(parse.GetValue(minSimilarity), parse.GetValue(mergeSimilarity), parse.GetValue(articleOptions), parse.GetValue(titleOnly), parse.GetValue(orderSeed), parse.GetValue(expansionWeight), parse.GetValue(mixturePasses), parse.GetValue(mixtureSmoothing)), output, error));
        return command;
    }

    /// <summary>Which half of the stories a label falls in; a stable hash so the split never changes.</summary>
    internal static char Half(string story) => Fnv(story, 2166136261) % 2 == 0 ? 'A' : 'B';

    /// <summary>The headlines in the order they are clustered: by a hash of the id, <paramref name="seed"/> choosing the hash.</summary>
    internal static List<LabelledHeadline> Shuffled(IEnumerable<LabelledHeadline> headlines, int seed) =>
        [.. headlines.OrderBy(h => Fnv(h.Id, 2166136261 ^ (uint)seed)).ThenBy(h => h.Id, StringComparer.Ordinal)];

    internal static (BCubed Score, int Clusters) Evaluate(IReadOnlyList<LabelledHeadline> headlines, StoryClusterOptions options, bool titleOnly = false)
    {
        var documents = headlines.Select(h => new ClusterDocument(h.Id, h.Title, titleOnly ? string.Empty : UrlPathWords.Of(h.Url), [], null)).ToList();
        var clusters = new StoryClusterer(options).Cluster(documents);
        var predicted = new int[headlines.Count];
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var member in clusters[c].Members)
            {
                predicted[member] = c;
            }
        }

        return (BCubed.Score(predicted, [.. headlines.Select(h => h.Story)]), clusters.Count);
    }

    private static uint Fnv(string text, uint basis)
    {
        var hash = basis;
        foreach (var ch in text)
        {
            hash = (hash ^ ch) * 16777619;
        }

        return hash;
    }

    private static int Run(FileInfo file, Settings settings, TextWriter output, TextWriter error)
    {
        if (!file.Exists)
        {
            error.WriteLine($"dossier eval clustering: no file {file.FullName}");
            return ExitCodes.Usage;
        }

        List<LabelledHeadline> headlines;
        using (var reader = file.OpenText())
        {
            headlines = UciNewsReader.Read(reader);
        }

        if (headlines.Count == 0)
        {
            error.WriteLine($"dossier eval clustering: no labelled headlines in {file.FullName}");
            return ExitCodes.NothingAnalysed;
        }

        headlines = Shuffled(headlines, settings.OrderSeed);
        var options = settings.ArticleOptions ? StoryClusterOptions.Articles : StoryClusterOptions.Headlines;
        if (settings.MinSimilarity is { } threshold)
        {
            options = options with { MinSimilarity = threshold };
        }

        if (settings.MergeSimilarity is { } mergeThreshold)
        {
            options = options with { MergeSimilarity = mergeThreshold };
        }

        if (settings.ExpansionWeight is { } expansion)
        {
            options = options with { ExpansionWeight = expansion };
        }

        if (settings.MixturePasses is { } passes)
        {
            options = options with { MixturePasses = passes };
        }

        if (settings.MixtureSmoothing is { } smoothing)
        {
            options = options with { MixtureSmoothing = smoothing };
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"min similarity {options.MinSimilarity}  merge similarity {options.MergeSimilarity}  expansion {options.ExpansionWeight}  mixture passes {options.MixturePasses} smoothing {options.MixtureSmoothing}  text {(settings.TitleOnly ? "title" : "title + URL words")}  order seed {settings.OrderSeed}"));
        output.WriteLine("split    headlines  stories  clusters  precision  recall  F1      seconds");
        foreach (var (name, subset) in new[] { ("all", headlines), ("half A", headlines.Where(h => Half(h.Story) == 'A').ToList()), ("half B", headlines.Where(h => Half(h.Story) == 'B').ToList()) })
        {
            var clock = Stopwatch.StartNew();
            var (score, clusters) = Evaluate(subset, options, settings.TitleOnly);
            var stories = subset.Select(h => h.Story).Distinct(StringComparer.Ordinal).Count();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-8} {subset.Count,9}  {stories,7}  {clusters,8}  {score.Precision,9:F4}  {score.Recall,6:F4}  {score.F1:F4}  {clock.Elapsed.TotalSeconds,7:F2}"));
        }

        return ExitCodes.Success;
    }

    private sealed record Settings(double? MinSimilarity, double? MergeSimilarity, bool ArticleOptions, bool TitleOnly, int OrderSeed, double? ExpansionWeight, int? MixturePasses, double? MixtureSmoothing);
}
