using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dossier.Bench;

/// <summary>Tokens per second of a <see cref="TextBenchmarks"/> case: the corpus's token count over the mean time of one pass.</summary>
public sealed class TokensPerSecondColumn : IColumn
{
    // Filled by the benchmark's setup in the child process, so the parent reads the counts from a file it writes.
    private static readonly ConcurrentDictionary<string, long> Counts = new(StringComparer.Ordinal);

    private static string CountFile(string corpus) => Path.Combine(Path.GetTempPath(), $"dossier-bench-tokens-{corpus}.txt");

    public static void Record(string corpus, long tokens)
    {
        Counts[corpus] = tokens;
        File.WriteAllText(CountFile(corpus), tokens.ToString(CultureInfo.InvariantCulture));
    }

    public string Id => nameof(TokensPerSecondColumn);

    public string ColumnName => "Tokens/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Tokens of the corpus (Dossier's tokenizer) divided by the mean time of one pass";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var corpus = benchmarkCase.Parameters["Corpus"] as string ?? string.Empty;
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (mean is null || !TryCount(corpus, out var tokens))
        {
            return "?";
        }

        return (tokens / (mean.Value / 1e9)).ToString("N0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    private static bool TryCount(string corpus, out long tokens)
    {
        if (Counts.TryGetValue(corpus, out tokens))
        {
            return true;
        }

        return File.Exists(CountFile(corpus)) && long.TryParse(File.ReadAllText(CountFile(corpus)), CultureInfo.InvariantCulture, out tokens);
    }
}

/// <summary>Adds <see cref="TokensPerSecondColumn"/>.</summary>
public sealed class TokensPerSecondConfig : ManualConfig
{
    public TokensPerSecondConfig() => AddColumn(new TokensPerSecondColumn());
}
