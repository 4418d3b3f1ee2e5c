using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Reading;

namespace Dossier.Core.Analysis;

/// <summary>
/// Runs a whole analysis: expands the paths, reads each file (in input order, so duplicate
/// detection and id assignment are deterministic), analyses documents in parallel within the
/// time limit, runs the corpus steps and reports what became of every input. Bad inputs and
/// limits hit are reported, never thrown and never silent.
/// </summary>
public sealed class DossierAnalyzer(DossierPipeline pipeline, AnalysisOptions options)
{
    public DossierPipeline Pipeline { get; } = pipeline;

    public AnalysisOptions Options { get; } = options;

    public AnalysisResult Analyze(IEnumerable<string> paths, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Analyze(InputCollector.Collect(paths), progress, cancellationToken);

    /// <summary>Analyses files already collected (a batch of a larger set, say).</summary>
    public AnalysisResult Analyze(InputFileSet fileSet, IProgress<AnalysisProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fileSet);
        var started = Stopwatch.GetTimestamp();
        var reader = new DocumentReader(Options.Reading);
        var reports = new List<InputReport>(fileSet.Problems.Select(p => new InputReport(p.Source, InputStatus.Failed, [], [p])));
        var fileEntries = new List<FileEntry>();
        var seenHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var filesRead = 0;
        var analysed = 0;
        var taken = 0;

        IEnumerable<RawDocument> ReadAll()
        {
            foreach (var file in fileSet.Files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var entry = new FileEntry(file);
                lock (fileEntries)
                {
                    fileEntries.Add(entry);
                }

                if (taken >= Options.MaxDocuments)
                {
                    entry.NotRead = true;
                    entry.Problems.Add(OverDocumentLimit(file.Source));
                    continue;
                }

                var result = reader.Read(file, cancellationToken);
                entry.Problems.AddRange(result.Problems);
                foreach (var raw in result.Documents)
                {
                    if (seenHashes.TryGetValue(raw.ContentHash, out var firstId))
                    {
                        entry.Duplicates++;
                        entry.Problems.Add(new InputProblem(raw.Source, DiagnosticCodes.DuplicateContent, $"same content as document '{firstId}'; skipped"));
                        continue;
                    }

                    if (Options.StoredContent is { } stored && stored.TryGetValue(raw.ContentHash, out var storedId))
                    {
                        seenHashes[raw.ContentHash] = storedId;
                        entry.Stored.Add(storedId);
                        continue;
                    }

                    if (taken >= Options.MaxDocuments)
                    {
                        entry.OverLimit++;
                        entry.Problems.Add(OverDocumentLimit(raw.Source));
                        continue;
                    }

                    taken++;
                    var unique = UniqueId(raw, usedIds);
                    seenHashes[raw.ContentHash] = unique.Id;
                    entry.Ids.Add(unique.Id);
                    yield return unique;
                }

                entry.AllDuplicates = entry.Duplicates > 0 && entry.Duplicates == result.Documents.Count;
                progress?.Report(new AnalysisProgress(fileSet.Files.Count, Interlocked.Increment(ref filesRead), Volatile.Read(ref analysed), file.Source));
            }
        }

        var processor = new TimeLimitedProcessor(Pipeline, Options.DocumentTimeLimit);
        var outcomes = new ConcurrentDictionary<long, DocumentOutcome>();
        var overTime = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = Options.MaxParallelism > 0 ? Options.MaxParallelism : Environment.ProcessorCount,
        };
        Parallel.ForEach(ReadAll(), parallel, (raw, _, index) =>
        {
            if (processor.Process(raw, cancellationToken) is { } outcome)
            {
                outcomes[index] = outcome;
            }
            else
            {
                overTime[raw.Id] = true;
            }

            progress?.Report(new AnalysisProgress(fileSet.Files.Count, Volatile.Read(ref filesRead), Interlocked.Increment(ref analysed), raw.Source));
        });

        var ordered = outcomes.OrderBy(kv => kv.Key).Select(kv => kv.Value).ToList();
        var corpus = Pipeline.ProcessCorpus([.. ordered.Select(o => o.Document)], cancellationToken);
        var failures = ordered.Where(o => o.Failure is not null).ToDictionary(o => o.Document.Id, o => o.Failure!, StringComparer.Ordinal);
        reports.AddRange(fileEntries.Select(entry => Report(entry, failures, overTime)));
        var report = new RunReport(reports, Stopwatch.GetElapsedTime(started), Pipeline.Timings.Snapshot());
        return new AnalysisResult(corpus, report) { AlreadyStored = [.. fileEntries.SelectMany(e => e.Stored)] };
    }

    private InputReport Report(FileEntry entry, Dictionary<string, string> failures, ConcurrentDictionary<string, bool> overTime)
    {
        var problems = entry.Problems;
        problems.AddRange(entry.Ids.Where(failures.ContainsKey).Select(id => new InputProblem(entry.File.Source, DiagnosticCodes.StepFailed, $"document '{id}': {failures[id]}")));
        problems.AddRange(entry.Ids.Where(overTime.ContainsKey).Select(id => new InputProblem(
            entry.File.Source,
            DiagnosticCodes.TimeLimit,
            string.Create(CultureInfo.InvariantCulture, $"document '{id}': analysis took longer than the limit of {Options.DocumentTimeLimit.TotalSeconds:0.###} s per document and was stopped; the document is left out (raise the limit with --max-seconds)"))));
        var kept = entry.Ids.Where(id => !overTime.ContainsKey(id)).ToList();
        var status = entry.NotRead ? InputStatus.Skipped
            : entry.AllDuplicates ? InputStatus.Duplicate
            : kept.Count == 0 && entry.Stored.Count > 0 && problems.All(p => p.Code == DiagnosticCodes.DuplicateContent) ? InputStatus.Stored
            : kept.Count == 0 && entry.OverLimit > 0 && problems.All(p => p.Code is DiagnosticCodes.DuplicateContent or DiagnosticCodes.TooManyDocuments) ? InputStatus.Skipped
            : kept.Count == 0 ? InputStatus.Failed
            : problems.Any(p => p.Code != DiagnosticCodes.DuplicateContent) ? InputStatus.Partial
            : InputStatus.Analysed;
        return new InputReport(entry.File.Source, status, status == InputStatus.Stored ? entry.Stored : kept, problems);
    }

    private InputProblem OverDocumentLimit(string source) => new(
        source,
        DiagnosticCodes.TooManyDocuments,
        string.Create(CultureInfo.InvariantCulture, $"not analysed: the run already has the limit of {Options.MaxDocuments} documents (raise it with --max-documents)"));

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

    /// <summary>What reading one file gave, filled in while reading and completed after analysis.</summary>
    private sealed class FileEntry(InputFile file)
    {
        public InputFile File { get; } = file;

        public List<string> Ids { get; } = [];

        /// <summary>Stored ids of the documents whose content the store already has.</summary>
        public List<string> Stored { get; } = [];

        public List<InputProblem> Problems { get; } = [];

        public int Duplicates { get; set; }

        public int OverLimit { get; set; }

        public bool AllDuplicates { get; set; }

        public bool NotRead { get; set; }
    }
}
