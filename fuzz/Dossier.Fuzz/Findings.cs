using System.Collections.Concurrent;

namespace Dossier.Fuzz;

/// <summary>Crashes, hangs and step failures, each input saved under the findings folder with what it caused.</summary>
internal sealed class Findings(string directory)
{
    private readonly ConcurrentDictionary<string, string> _distinct = new(StringComparer.Ordinal);
    private int _crashes;
    private int _hangs;
    private int _stepFailures;

    public int Crashes => Volatile.Read(ref _crashes);

    public int Hangs => Volatile.Read(ref _hangs);

    public int StepFailures => Volatile.Read(ref _stepFailures);

    public void Crash(string target, long index, byte[] input, Exception exception)
    {
        Interlocked.Increment(ref _crashes);
        var where = exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "?";
        Save("crash", target, index, input, $"{exception.GetType().FullName} {where}", exception.ToString());
    }

    public void Hang(string target, long index, byte[] input, TimeSpan timeout)
    {
        Interlocked.Increment(ref _hangs);
        Save("hang", target, index, input, $"hang over {timeout.TotalSeconds} s", $"input {index} of target {target} ran over {timeout.TotalSeconds} s");
    }

    public void StepFailure(string target, long index, byte[] input, string failure)
    {
        Interlocked.Increment(ref _stepFailures);
        var firstLine = failure.Split('\n')[0];
        Save("step", target, index, input, firstLine.Length > 160 ? firstLine[..160] : firstLine, failure);
    }

    public void PrintDistinct(TextWriter output)
    {
        foreach (var (signature, file) in _distinct.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {signature} (first input: {file})");
        }
    }

    // Only the first input of each distinct signature is kept, so that a common failure does not fill the disk.
    private void Save(string kind, string target, long index, byte[] input, string signature, string details)
    {
        var name = $"{kind}-{target}-{index}";
        if (!_distinct.TryAdd($"{kind} {target}: {signature}", name))
        {
            return;
        }

        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, name + ".bin"), input);
        File.WriteAllText(Path.Combine(directory, name + ".txt"), details);
    }
}
