using System.Diagnostics;

namespace Dossier.Fuzz;

/// <summary>One fuzzing thread and the input it is running, watched for hangs.</summary>
internal sealed class Worker
{
    private RunningInput? _running;

    public Thread? Thread { get; set; }

    public RunningInput? Running => Volatile.Read(ref _running);

    public void Begin(long index, FuzzTarget target, byte[] input) =>
        Volatile.Write(ref _running, new RunningInput(index, target, input, Stopwatch.GetTimestamp()));

    public void End() => Volatile.Write(ref _running, null);
}

internal sealed record RunningInput(long Index, FuzzTarget Target, byte[] Input, long Started);
