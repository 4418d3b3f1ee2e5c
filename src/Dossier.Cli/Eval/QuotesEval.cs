using System.CommandLine;
using System.Globalization;

namespace Dossier.Cli.Eval;

/// <summary>
/// <c>dossier eval quotes DIR</c>: scores quote extraction against PolNeAR brat attributions
/// (DIR holds <c>text/*.txt</c> and <c>attributions/*_ANNOTATOR.ann</c>, e.g. PolNeAR's <c>dev/</c>).
/// </summary>
internal static class QuotesEval
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "A PolNeAR split folder with text/ and attributions/." };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N documents (sorted by name)." };
        var errors = new Option<bool>("--errors") { Description = "Also list, per article, the gold attributions missed and the predictions matching no gold content." };
        var command = new Command("quotes", "Precision, recall and F1 of quote attribution (source, cue, content) on PolNeAR brat data.") { dir, limit, errors };
        command.SetAction(parse => Run(parse.GetValue(dir)!, parse.GetValue(limit), parse.GetValue(errors), output, error));
        return command;
    }

    private static int Run(DirectoryInfo dir, int? limit, bool errors, TextWriter output, TextWriter error)
    {
        var textDir = Path.Combine(dir.FullName, "text");
        var annDir = Path.Combine(dir.FullName, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
        {
            error.WriteLine($"dossier eval quotes: {dir.FullName} has no text/ and attributions/ folders.");
            return ExitCodes.Usage;
        }

        // An article annotated by several people is scored once, against the first annotator's file.
        var files = Directory.GetFiles(annDir, "*.ann")
            .Order(StringComparer.Ordinal)
            .Select(ann => (Ann: ann, Text: Path.Combine(textDir, ArticleName(ann) + ".txt")))
            .Where(f => File.Exists(f.Text))
            .DistinctBy(f => f.Text)
            .Take(limit ?? int.MaxValue)
            .ToList();
        var scorer = new AttributionScorer();
        foreach (var (ann, textPath) in files)
        {
            var text = File.ReadAllText(textPath);
            var gold = BratAttributionReader.Read(File.ReadLines(ann));
            var document = QuoteAttributions.Analyse(Path.GetFileNameWithoutExtension(textPath), text);
            var predicted = QuoteAttributions.Of(document.Quotes);
            scorer.Score(text, gold, predicted);
            if (errors)
            {
                AttributionErrors.Print(output, Path.GetFileNameWithoutExtension(textPath), text, gold, predicted);
            }
        }

        Print(output, dir.Name, files.Count, scorer);
        return ExitCodes.Success;
    }

    private static string ArticleName(string annPath)
    {
        var name = Path.GetFileNameWithoutExtension(annPath);
        var underscore = name.LastIndexOf('_');
        return underscore > 0 ? name[..underscore] : name;
    }

    private static void Print(TextWriter output, string split, int documents, AttributionScorer scorer)
    {
        var whole = scorer.Count("attribution", SpanMatch.Exact);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PolNeAR {split}: {documents} documents, {whole.Gold} gold attributions, {whole.Predicted} predicted"));
        output.WriteLine("role         match    precision  recall  F1");
        foreach (var role in AttributionScorer.Roles)
        {
            foreach (var match in new[] { SpanMatch.Exact, SpanMatch.Overlap })
            {
                var c = scorer.Count(role, match);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{role,-12} {match.ToString().ToLowerInvariant(),-8} {c.Precision,9:0.000}  {c.Recall,6:0.000}  {c.F1:0.000}"));
            }
        }
    }
}
