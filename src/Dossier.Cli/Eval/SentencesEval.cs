using System.CommandLine;
using System.Globalization;
using Dossier.Core.Text;

namespace Dossier.Cli.Eval;

/// <summary>
/// <c>dossier eval sentences DIR</c>: sentence-boundary precision, recall and F1 of the sentence
/// splitter on MEANTIME articles (the gold <c>sentence</c> attribute of each token). A boundary is
/// the character offset where a sentence ends; the end of the article is not counted.
/// </summary>
internal static class SentencesEval
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var dir = new Argument<string>("dir") { Description = "A MEANTIME folder; its .xml articles are read recursively." };
        var errors = new Option<int>("--errors") { Description = "Print up to this many missed and spurious boundaries with their context." };
        var command = new Command("sentences", "Score sentence boundaries against MEANTIME's gold sentences.") { dir, errors };
        command.SetAction(parse => Run(parse.GetValue(dir)!, parse.GetValue(errors), output, error));
        return command;
    }

    private static int Run(string dir, int maxErrors, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(dir))
        {
            error.WriteLine($"dossier eval sentences: no folder {dir}");
            return ExitCodes.Usage;
        }

        var files = Directory.GetFiles(dir, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            error.WriteLine($"dossier eval sentences: no .xml articles under {dir}");
            return ExitCodes.NothingAnalysed;
        }

        long gold = 0;
        long predicted = 0;
        long correct = 0;
        var shown = 0;
        foreach (var file in files)
        {
            var article = MeantimeText.Read(file);
            var goldEnds = article.GoldEnds.Where(e => e < article.GoldEnds[^1]).ToHashSet();
            var ends = SentenceSplitter.Default.Split(article.Text).Select(s => s.End).Where(e => e < article.GoldEnds[^1]).ToHashSet();
            gold += goldEnds.Count;
            predicted += ends.Count;
            correct += ends.Count(goldEnds.Contains);
            foreach (var (offset, kind) in goldEnds.Except(ends).Select(o => (o, "missed")).Concat(ends.Except(goldEnds).Select(o => (o, "spurious"))).OrderBy(x => x.Item1))
            {
                if (shown++ < maxErrors)
                {
                    var from = Math.Max(0, offset - 60);
                    var to = Math.Min(article.Text.Length, offset + 40);
                    output.WriteLine($"{kind,-8} {article.Name}: {article.Text[from..offset].ReplaceLineEndings("⏎")}‖{article.Text[offset..to].ReplaceLineEndings("⏎")}");
                }
            }
        }

        var precision = predicted == 0 ? 0 : (double)correct / predicted;
        var recall = gold == 0 ? 0 : (double)correct / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"articles {files.Count}  gold boundaries {gold}  predicted {predicted}  correct {correct}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"precision {precision:F4}  recall {recall:F4}  F1 {f1:F4}"));
        return ExitCodes.Success;
    }
}
