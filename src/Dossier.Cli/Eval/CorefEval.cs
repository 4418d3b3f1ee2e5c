using System.CommandLine;
using System.Globalization;
using Dossier.Core.Model;
using Dossier.Core.Resolution;

namespace Dossier.Cli.Eval;

/// <summary>
/// <c>dossier eval coref --data DIR</c>: cross-document entity coreference on MEANTIME
/// (<c>DIR/intra_cross-doc_annotation/corpus_*</c>). Each topic folder is one run of the resolver, fed the
/// gold named mentions with their gold types; its entities are scored against the gold corpus instances with
/// MUC, B-cubed, CEAF-e and CoNLL F1, per topic and over all named mentions together.
/// </summary>
internal static class CorefEval
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data")
        {
            Description = "The MEANTIME folder (default: ../shared/data/ner/meantime).",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "ner", "meantime"),
        };
        var topics = new Option<string?>("--topics")
        {
            Description = "Comma-separated topics to score (folder names, with or without 'corpus_'; default: all).",
        };
        var errors = new Option<bool>("--errors")
        {
            Description = "Also print each topic's split and wrongly joined entities with their mention texts.",
        };
        var command = new Command("coref", "Score cross-document entity coreference on MEANTIME's named mentions.") { data, topics, errors };
        command.SetAction(parse => Run(parse.GetValue(data)!, TopicFilter(parse.GetValue(topics)), parse.GetValue(errors), output, error));
        return command;
    }

    /// <summary>The chosen topic names without the "corpus_" prefix, or null for all.</summary>
    private static HashSet<string>? TopicFilter(string? list) =>
        string.IsNullOrWhiteSpace(list)
            ? null
            : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(TopicName).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static string TopicName(string folder) => folder.StartsWith("corpus_", StringComparison.Ordinal) ? folder["corpus_".Length..] : folder;

    private static int Run(string dataDir, HashSet<string>? chosen, bool printErrors, TextWriter output, TextWriter error)
    {
        var root = Path.Combine(dataDir, "intra_cross-doc_annotation");
        if (!Directory.Exists(root))
        {
            error.WriteLine($"dossier eval coref: no MEANTIME annotation folder at '{root}'.");
            return ExitCodes.Usage;
        }

        var gold = new Dictionary<string, string>(StringComparer.Ordinal);
        var predicted = new Dictionary<string, string>(StringComparer.Ordinal);
        output.WriteLine("topic\tdocs\tmentions\tgold entities\tpredicted\tMUC F1\tB3 P\tB3 R\tB3 F1\tCEAFe F1\tCoNLL F1");
        var folders = Directory.GetDirectories(root).Order(StringComparer.Ordinal)
            .Where(f => chosen is null || chosen.Contains(TopicName(Path.GetFileName(f)))).ToList();
        if (folders.Count == 0)
        {
            error.WriteLine($"dossier eval coref: no topic folder under '{root}' matches the chosen topics.");
            return ExitCodes.Usage;
        }

        var errorLists = new StringWriter();
        foreach (var topic in folders)
        {
            var articles = Directory.GetFiles(topic, "*.xml").Order(StringComparer.Ordinal).Select(MeantimeArticle.Load).ToList();
            var corpus = new Corpus([.. articles.Select(a => a.Document)]);
            new EntityResolver().Process(corpus, CancellationToken.None);
            var entityAt = new Dictionary<(string Doc, TextSpan Span), string>();
            foreach (var entity in corpus.Entities)
            {
                foreach (var m in entity.Mentions)
                {
                    entityAt.TryAdd((m.Doc, m.Span), entity.Id);
                }
            }

            var name = Path.GetFileName(topic);
            var topicGold = new Dictionary<string, string>(StringComparer.Ordinal);
            var topicPredicted = new Dictionary<string, string>(StringComparer.Ordinal);
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var article in articles)
            {
                foreach (var (mention, instance) in article.Named)
                {
                    var key = $"{name}/{article.Document.Id}/{mention.Span.Start}-{mention.Span.End}";
                    topicGold[key] = instance;
                    texts[key] = mention.Text;
                    topicPredicted[key] = entityAt.TryGetValue((article.Document.Id, mention.Span), out var id) ? name + "/" + id : "unresolved:" + key;
                }
            }

            Print(output, name, articles.Count, topicGold, topicPredicted);
            if (printErrors)
            {
                CorefErrors.Print(errorLists, name, topicGold, topicPredicted, texts);
            }

            foreach (var (k, v) in topicGold)
            {
                gold[k] = v;
                predicted[k] = topicPredicted[k];
            }
        }

        Print(output, "all", gold.Keys.Select(k => k[..k.LastIndexOf('/')]).Distinct(StringComparer.Ordinal).Count(), gold, predicted);
        output.Write(errorLists.ToString());
        return ExitCodes.Success;
    }

    private static void Print(TextWriter output, string name, int docs, Dictionary<string, string> gold, Dictionary<string, string> predicted)
    {
        var muc = CoreferenceScores.Muc(gold, predicted);
        var b3 = CoreferenceScores.BCubed(gold, predicted);
        var ceaf = CoreferenceScores.CeafE(gold, predicted);
        var conll = (muc.F1 + b3.F1 + ceaf.F1) / 3;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name}\t{docs}\t{gold.Count}\t{gold.Values.Distinct(StringComparer.Ordinal).Count()}\t{predicted.Values.Distinct(StringComparer.Ordinal).Count()}\t{muc.F1:0.000}\t{b3.Precision:0.000}\t{b3.Recall:0.000}\t{b3.F1:0.000}\t{ceaf.F1:0.000}\t{conll:0.000}"));
    }
}
