using System.Collections.Concurrent;
using System.Diagnostics;

namespace Dossier.Core.Pipeline;

/// <summary>Wall-clock time spent in each step, summed over documents (thread-safe).</summary>
public sealed class StepTimings
{
    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);

    public void Add(string step, long stopwatchTicks) => _ticks.AddOrUpdate(step, stopwatchTicks, (_, t) => t + stopwatchTicks);

    public IReadOnlyDictionary<string, TimeSpan> Snapshot() =>
        _ticks.ToDictionary(kv => kv.Key, kv => TimeSpan.FromSeconds(kv.Value / (double)Stopwatch.Frequency), StringComparer.Ordinal);
}
