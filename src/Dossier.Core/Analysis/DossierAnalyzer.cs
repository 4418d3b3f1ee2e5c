using System.Diagnostics;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Reading;

namespace Dossier.Core.Analysis;

/// <summary>
/// Runs a whole analysis: expands the paths, reads each file (in input order, so duplicate
/// detection and id assignment are deterministic), analyses documents in parallel, runs the
/// corpus steps and reports what became of every input. Bad inputs are reported, never thrown.
/// </summary>
public sealed class DossierAnalyzer(DossierPipeline pipeline, AnalysisOptions options)
{
    public DossierPipeline Pipeline { get; } = pipeline;

    public AnalysisOptions Options { get; } = options;

    public AnalysisResult Analyze(IEnumerable<string> paths, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var fileSet = InputCollector.Collect(paths);
        var reader = new DocumentReader(Options.Reading);
        var reports = new List<InputReport>(fileSet.Problems.Select(p => new InputReport(p.Source, InputStatus.Failed, [], [p])));
        var fileReports = new List<(InputFile File, List<string> Ids, List<InputProblem> Problems, bool Duplicate)>();
        var seenHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var filesRead = 0;
        var analysed = 0;

        IEnumerable<RawDocument> ReadAll()
        {
            foreach (var file in fileSet.Files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = reader.Read(file, cancellationToken);
                var entry = (file, new List<string>(), new List<InputProblem>(result.Problems), false);
                var duplicates = 0;
                foreach (var raw in result.Documents)
                {
                    if (seenHashes.TryGetValue(raw.ContentHash, out var firstId))
                    {
                        duplicates++;
                        entry.Item3.Add(new InputProblem(raw.Source, DiagnosticCodes.DuplicateContent, $"same content as document '{firstId}'; skipped"));
                        continue;
                    }

                    var unique = UniqueId(raw, usedIds);
                    seenHashes[raw.ContentHash] = unique.Id;
                    entry.Item2.Add(unique.Id);
                    yield return unique;
                }

                entry.Item4 = duplicates > 0 && duplicates == result.Documents.Count;
                lock (fileReports)
                {
                    fileReports.Add(entry);
                }

                progress?.Report(new AnalysisProgress(fileSet.Files.Count, Interlocked.Increment(ref filesRead), Volatile.Read(ref analysed), file.Source));
            }
        }

        var run = Pipeline.Run(
            ReadAll(),
            Options.MaxParallelism,
            outcome => progress?.Report(new AnalysisProgress(fileSet.Files.Count, Volatile.Read(ref filesRead), Interlocked.Increment(ref analysed), outcome.Document.Source)),
            cancellationToken);

        var failures = run.Outcomes.Where(o => o.Failure is not null).ToDictionary(o => o.Document.Id, o => o.Failure!, StringComparer.Ordinal);
        foreach (var (file, ids, problems, duplicate) in fileReports)
        {
            problems.AddRange(ids.Where(failures.ContainsKey).Select(id => new InputProblem(file.Source, DiagnosticCodes.StepFailed, $"document '{id}': {failures[id]}")));
            var status = duplicate ? InputStatus.Duplicate
                : ids.Count == 0 ? InputStatus.Failed
                : problems.Any(p => p.Code != DiagnosticCodes.DuplicateContent) ? InputStatus.Partial
                : InputStatus.Analysed;
            reports.Add(new InputReport(file.Source, status, ids, problems));
        }

        var report = new RunReport(reports, Stopwatch.GetElapsedTime(started), Pipeline.Timings.Snapshot());
        return new AnalysisResult(run.Corpus, report);
    }

    // Two files called "a.txt" in different folders both want the id "a": the second becomes "a-2".
    private static RawDocument UniqueId(RawDocument raw, HashSet<string> usedIds)
    {
        if (usedIds.Add(raw.Id))
        {
            return raw;
        }

        var n = 2;
        while (!usedIds.Add($"{raw.Id}-{n}"))
        {
            n++;
        }

        var id = $"{raw.Id}-{n}";
        var warning = new Diagnostic(DiagnosticCodes.DuplicateId, $"another input already has the id '{raw.Id}'; this one is '{id}'");
        return raw with { Id = id, Warnings = [.. raw.Warnings, warning] };
    }
}
