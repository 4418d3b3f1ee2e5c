using System.CommandLine;
using System.Globalization;
using Dossier.Core.Analysis;
using Dossier.Core.Model;
using Dossier.Core.Output;
using Dossier.Core.Pipeline;
using Dossier.Core.Reading;

namespace Dossier.Cli;

/// <summary><c>dossier analyze PATH… --out DIR</c>: analyse files and directories into a dossier.</summary>
internal static class AnalyzeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files or directories to analyse (.txt, .html, .htm, .json, .jsonl, optionally .gz); directories are read recursively.",
            Arity = ArgumentArity.OneOrMore,
        };
        var outDir = new Option<string>("--out", "-o")
        {
            Description = "Folder to write dossier.json, dossier.md, index.html and report.json to.",
            DefaultValueFactory = _ => "out",
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents analysed at once (default: one per core).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--jobs must be at least 1.");
            }
        });
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only errors; no progress bar or summary." };
        var formats = new Option<string[]>("--format", "-f")
        {
            Description = "Outputs to write: json, md, html, or all (default). Repeat or separate with commas.",
            AllowMultipleArgumentsPerToken = true,
            DefaultValueFactory = _ => ["all"],
        };
        formats.Validators.Add(r =>
        {
            if (ParseFormats(r.GetValueOrDefault<string[]>() ?? []) is null)
            {
                r.AddError("--format takes json, md, html or all.");
            }
        });
        var maxBytes = new Option<string>("--max-bytes")
        {
            Description = "Largest input accepted, e.g. 64MB (default) or 200000000.",
            DefaultValueFactory = _ => "64MB",
        };
        maxBytes.Validators.Add(r =>
        {
            if (!ByteSize.TryParse(r.GetValueOrDefault<string>() ?? string.Empty, out _))
            {
                r.AddError("--max-bytes takes a positive size such as 64MB, 500K or 1G.");
            }
        });

        var maxDocuments = new Option<int>("--max-documents")
        {
            Description = "Most documents analysed in one run (default 100000); inputs beyond it are skipped and reported.",
            DefaultValueFactory = _ => AnalysisOptions.Default.MaxDocuments,
        };
        maxDocuments.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--max-documents must be at least 1.");
            }
        });
        var maxSeconds = new Option<double>("--max-seconds")
        {
            Description = "Longest analysis of one document, in seconds (default 60); a document over it is left out and reported.",
            DefaultValueFactory = _ => AnalysisOptions.Default.DocumentTimeLimit.TotalSeconds,
        };
        maxSeconds.Validators.Add(r =>
        {
            var seconds = r.GetValueOrDefault<double>();
            if (!(seconds > 0) || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
            {
                r.AddError("--max-seconds must be a positive number of seconds.");
            }
        });

        var command = new Command("analyze", "Analyse articles into DIR/dossier.json (the dossier/1 contract), DIR/dossier.md, DIR/index.html and DIR/report.json.")
        {
            paths, outDir, jobs, quiet, formats, maxBytes, maxDocuments, maxSeconds,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            // The validator has already rejected sizes that do not parse.
            _ = ByteSize.TryParse(parse.GetValue(maxBytes)!, out var limit);
            var request = new AnalyzeRequest(
                parse.GetValue(paths)!,
                parse.GetValue(outDir)!,
                parse.GetValue(jobs),
                parse.GetValue(quiet),
                ParseFormats(parse.GetValue(formats)!)!.Value,
                new AnalyzeLimits(limit, parse.GetValue(maxDocuments), TimeSpan.FromSeconds(parse.GetValue(maxSeconds))));
            return Task.FromResult(Run(request, output, error, cancellationToken));
        });
        return command;
    }

    internal static int Run(AnalyzeRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var options = new AnalysisOptions
        {
            MaxParallelism = request.Jobs,
            Reading = new ReadingOptions { MaxBytes = request.Limits.MaxBytes },
            MaxDocuments = request.Limits.MaxDocuments,
            DocumentTimeLimit = request.Limits.DocumentTimeLimit,
        };
        var analyzer = new DossierAnalyzer(DefaultPipeline.Create(), options);
        AnalysisResult result;
        try
        {
            result = ConsoleProgress.Run(request.Quiet, error, progress => analyzer.Analyze(request.Paths, progress, cancellationToken));
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("dossier: interrupted; no output was written.");
            return ExitCodes.Interrupted;
        }

        foreach (var problem in result.Report.Problems)
        {
            error.WriteLine($"warning: {problem}");
        }

        var dossier = DossierJsonMapper.Map(result.Corpus, GeneratorVersion);
        try
        {
            WriteOutputs(request, result, dossier);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"dossier: cannot write the output to '{request.OutDir}': {ex.Message}");
            return ExitCodes.CannotWrite;
        }

        if (result.Corpus.Documents.Count == 0)
        {
            error.WriteLine($"dossier: nothing could be analysed ({result.Report.Inputs.Count} inputs, all failed); see {Path.Combine(request.OutDir, "report.json")}.");
            return ExitCodes.NothingAnalysed;
        }

        if (!request.Quiet)
        {
            output.WriteLine(Summary(result, dossier, request.OutDir));
        }

        return ExitCodes.Success;
    }

    // report.json always; the dossier files only when something was analysed. dossier.json last,
    // so that its presence means the run finished.
    private static void WriteOutputs(AnalyzeRequest request, AnalysisResult result, DossierJson dossier)
    {
        Directory.CreateDirectory(request.OutDir);
        AtomicFile.WriteText(Path.Combine(request.OutDir, "report.json"), RunReportJson.Serialize(result.Report));
        if (result.Corpus.Documents.Count == 0)
        {
            return;
        }

        if (request.Formats.HasFlag(OutputFormat.Markdown))
        {
            AtomicFile.WriteText(Path.Combine(request.OutDir, "dossier.md"), MarkdownBriefing.Render(dossier));
        }

        if (request.Formats.HasFlag(OutputFormat.Html))
        {
            AtomicFile.WriteText(Path.Combine(request.OutDir, "index.html"), HtmlPage.Render(dossier));
        }

        if (request.Formats.HasFlag(OutputFormat.Json))
        {
            AtomicFile.Write(Path.Combine(request.OutDir, "dossier.json"), stream => DossierJsonWriter.Write(stream, dossier));
        }
    }

    internal static string GeneratorVersion { get; } =
        typeof(DossierAnalyzer).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";

    private static string Summary(AnalysisResult result, DossierJson dossier, string outDir)
    {
        var report = result.Report;
        var failed = report.Count(InputStatus.Failed);
        var duplicates = report.Count(InputStatus.Duplicate);
        var overLimit = report.Count(InputStatus.Skipped);
        var sentences = dossier.Documents.Sum(d => d.Sentences.Count);
        var skipped = (failed > 0 ? $", {failed} failed" : string.Empty)
            + (duplicates > 0 ? $", {duplicates} duplicate" : string.Empty)
            + (overLimit > 0 ? $", {overLimit} skipped over --max-documents" : string.Empty);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Analysed {dossier.Documents.Count} documents{skipped}: {sentences} sentences, {dossier.Entities.Count} entities, {dossier.Quotes.Count} quotes, {dossier.Timeline.Count} dated statements, {dossier.Events.Count} events in {report.Elapsed.TotalSeconds:0.00} s → {outDir}");
    }

    private static OutputFormat? ParseFormats(string[] values)
    {
        var result = OutputFormat.None;
        foreach (var value in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            OutputFormat? format = value.ToUpperInvariant() switch
            {
                "JSON" => OutputFormat.Json,
                "MD" or "MARKDOWN" => OutputFormat.Markdown,
                "HTML" => OutputFormat.Html,
                "ALL" => OutputFormat.All,
                _ => null,
            };
            if (format is null)
            {
                return null;
            }

            result |= format.Value;
        }

        return result == OutputFormat.None ? OutputFormat.All : result;
    }
}

internal sealed record AnalyzeRequest(string[] Paths, string OutDir, int Jobs, bool Quiet, OutputFormat Formats, AnalyzeLimits Limits);

/// <summary>The limits a user can set on one run: bytes per input, documents per run, time per document.</summary>
internal sealed record AnalyzeLimits(long MaxBytes, int MaxDocuments, TimeSpan DocumentTimeLimit);
