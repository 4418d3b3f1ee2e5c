using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Bench;

/// <summary>
/// The calling thread's processor time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), so that a step's cost can be read
/// on a machine whose cores are shared with other work: wall time there counts the waits too.
/// </summary>
internal static partial class ThreadCpuTime
{
    private const int ClockThreadCpuTimeId = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && TryNow(out _);

    /// <summary>Nanoseconds of processor time the calling thread has used, or 0 where the clock is not available.</summary>
    public static long NowNanoseconds() => Available && TryNow(out var ns) ? ns : 0;

    private static bool TryNow(out long nanoseconds)
    {
        try
        {
            var ok = ClockGetTime(ClockThreadCpuTimeId, out var spec) == 0;
            nanoseconds = ok ? (spec.Seconds * 1_000_000_000L) + spec.Nanoseconds : 0;
            return ok;
        }
        catch (DllNotFoundException)
        {
            nanoseconds = 0;
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            nanoseconds = 0;
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec spec);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}

/// <summary>Processor seconds per step name, summed over threads.</summary>
internal sealed class StepCpuTimes
{
    private readonly ConcurrentDictionary<string, long> _nanoseconds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _allocated = new(StringComparer.Ordinal);

    public void Add(string step, long nanoseconds, long allocatedBytes)
    {
        _nanoseconds.AddOrUpdate(step, nanoseconds, (_, t) => t + nanoseconds);
        _allocated.AddOrUpdate(step, allocatedBytes, (_, t) => t + allocatedBytes);
    }

    /// <summary>Bytes the step allocated on the threads that ran it.</summary>
    public long AllocatedBytes(string step) => _allocated.TryGetValue(step, out var bytes) ? bytes : 0;

    public double Seconds(string step) => _nanoseconds.TryGetValue(step, out var ns) ? ns / 1e9 : 0;

    /// <summary>Runs <paramref name="work"/> and adds its processor time and allocation on this thread to <paramref name="step"/>.</summary>
    public void Time(string step, Action work)
    {
        var started = ThreadCpuTime.NowNanoseconds();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        try
        {
            work();
        }
        finally
        {
            Add(step, ThreadCpuTime.NowNanoseconds() - started, GC.GetAllocatedBytesForCurrentThread() - allocated);
        }
    }

    /// <summary>The same pipeline with every step measured in processor time.</summary>
    public DossierPipeline Measure(PipelineBuilder builder)
    {
        var measured = new PipelineBuilder();
        foreach (var step in builder.DocumentSteps)
        {
            measured.Add(new MeasuredDocumentStep(step, this));
        }

        foreach (var step in builder.CorpusSteps)
        {
            measured.Add(new MeasuredCorpusStep(step, this));
        }

        return measured.Build();
    }

    private sealed class MeasuredDocumentStep(IDocumentStep inner, StepCpuTimes times) : IDocumentStep
    {
        public string Name => inner.Name;

        public IReadOnlySet<Layer> Requires => inner.Requires;

        public IReadOnlySet<Layer> Produces => inner.Produces;

        public void Process(Document document, CancellationToken cancellationToken) =>
            times.Time(Name, () => inner.Process(document, cancellationToken));
    }

    private sealed class MeasuredCorpusStep(ICorpusStep inner, StepCpuTimes times) : ICorpusStep
    {
        public string Name => inner.Name;

        public IReadOnlySet<Layer> Requires => inner.Requires;

        public IReadOnlySet<Layer> Produces => inner.Produces;

        // Corpus steps run one at a time once every document is done, and some spread their work over
        // the thread pool: the whole process's processor time and allocation while the step runs is
        // its cost (the garbage collections it causes included).
        public void Process(Corpus corpus, CancellationToken cancellationToken)
        {
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            var started = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            try
            {
                inner.Process(corpus, cancellationToken);
            }
            finally
            {
                process.Refresh();
                var nanoseconds = (long)((process.TotalProcessorTime - started).TotalMilliseconds * 1e6);
                times.Add(Name, nanoseconds, GC.GetTotalAllocatedBytes(precise: true) - allocated);
            }
        }
    }
}
