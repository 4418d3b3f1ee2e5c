using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using CsCheck;
using Dossier.Fuzz;

// dotnet run -c Release --project fuzz/Dossier.Fuzz -- [--inputs N] [--seed S] [--jobs J] [--timeout SECONDS] [--target NAME] [--findings DIR]
var settings = FuzzSettings.Parse(args);
if (settings is null)
{
    Console.Error.WriteLine("usage: Dossier.Fuzz [--inputs N] [--seed S] [--jobs J] [--timeout SECONDS] [--target NAME] [--findings DIR]");
    Console.Error.WriteLine("targets: " + string.Join(", ", FuzzTarget.All.Select(t => t.Name)));
    return 64;
}

var targets = settings.Target is null ? FuzzTarget.All : [.. FuzzTarget.All.Where(t => t.Name == settings.Target)];
var findings = new Findings(settings.FindingsDirectory);
var counts = targets.ToDictionary(t => t.Name, _ => 0L);
var workers = new Worker[settings.Jobs];
long next = -1;
var started = Stopwatch.GetTimestamp();
var stopping = false;

// Ctrl-C or kill (SIGTERM) ends the run after the inputs in progress, with the summary of what was done.
void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    Volatile.Write(ref stopping, true);
}

using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

for (var w = 0; w < workers.Length; w++)
{
    var worker = workers[w] = new Worker();
    worker.Thread = new Thread(() =>
    {
        long index;
        while (!Volatile.Read(ref stopping) && (index = Interlocked.Increment(ref next)) < settings.Inputs)
        {
            var target = targets[(int)(index % targets.Count)];
            var input = Generate(target, index);
            worker.Begin(index, target, input);
            try
            {
                var outcome = target.Run(input);
                foreach (var failure in outcome.StepFailures)
                {
                    findings.StepFailure(target.Name, index, input, failure);
                }
            }
#pragma warning disable CA1031 // the fuzzer's job is to catch and record every exception
            catch (Exception ex)
#pragma warning restore CA1031
            {
                findings.Crash(target.Name, index, input, ex);
            }

            worker.End();
            lock (counts)
            {
                counts[target.Name]++;
            }
        }
    })
    { IsBackground = true, Name = $"fuzz-{w}" };
    worker.Thread.Start();
}

var lastReport = Stopwatch.GetTimestamp();
while (workers.Any(w => w.Thread!.IsAlive))
{
    Thread.Sleep(200);
    foreach (var worker in workers)
    {
        if (worker.Running is { } running && Stopwatch.GetElapsedTime(running.Started) > settings.Timeout)
        {
            findings.Hang(running.Target.Name, running.Index, running.Input, settings.Timeout);
            Console.Error.WriteLine($"hang: {running.Target.Name} input {running.Index} ran over {settings.Timeout.TotalSeconds} s; stopping");
            Summary();
            return 2;
        }
    }

    if (Stopwatch.GetElapsedTime(lastReport) > TimeSpan.FromSeconds(30))
    {
        lastReport = Stopwatch.GetTimestamp();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Math.Min(Volatile.Read(ref next), settings.Inputs)} inputs, {findings.Crashes} crashes, {findings.StepFailures} step failures, {Stopwatch.GetElapsedTime(started).TotalSeconds:0} s"));
    }
}

Summary();
return findings.Crashes > 0 ? 1 : 0;

void Summary()
{
    long total;
    lock (counts)
    {
        total = counts.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzzed {total} inputs (seed {settings.Seed}) in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s: {findings.Crashes} unhandled exceptions, {findings.Hangs} hangs, {findings.StepFailures} analysis-step failures"));
        Console.WriteLine("  " + string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}")));
    }

    findings.PrintDistinct(Console.Out);
}

// Input i of a run is a pure function of (seed, i): a finding is replayed with --target NAME --inputs/--start.
byte[] Generate(FuzzTarget target, long index) =>
    target.Inputs.Generate(new PCG((uint)(index % targets.Count), (ulong)settings.Seed * 0x9E3779B97F4A7C15UL + (ulong)index), null, out _);
