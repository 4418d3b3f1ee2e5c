using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Dossier.Core.Model;

namespace Dossier.Cli.Eval;

/// <summary>
/// One MEANTIME article (CAT XML) rebuilt for the resolver: the tokens joined by spaces, one sentence a line,
/// its named entity mentions (syntactic type NAM) with their gold types, and for each the corpus instance its
/// entity <c>REFERS_TO</c> (cross-document gold). Mentions whose entity has no instance are left out.
/// </summary>
internal sealed record MeantimeArticle(Document Document, IReadOnlyList<(Mention Mention, string Instance)> Named)
{
    public static MeantimeArticle Load(string path)
    {
        var root = XDocument.Load(path).Root ?? throw new InvalidDataException($"{path}: empty XML.");
        var id = (string?)root.Attribute("doc_name") ?? Path.GetFileNameWithoutExtension(path);
        var text = new StringBuilder();
        var spans = new Dictionary<string, TextSpan>(StringComparer.Ordinal);
        var sentenceOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var sentences = new List<Sentence>();
        int? sentence = null;
        var sentenceStart = 0;
        foreach (var token in root.Elements("token"))
        {
            var s = int.Parse((string)token.Attribute("sentence")!, CultureInfo.InvariantCulture);
            if (sentence != s)
            {
                if (sentence is not null)
                {
                    sentences.Add(new Sentence(new TextSpan(sentenceStart, text.Length)));
                    text.Append('\n');
                }

                sentence = s;
                sentenceStart = text.Length;
            }
            else
            {
                text.Append(' ');
            }

            var t = (string)token.Attribute("t_id")!;
            spans[t] = new TextSpan(text.Length, text.Length + token.Value.Length);
            sentenceOf[t] = sentences.Count;
            text.Append(token.Value);
        }

        if (sentence is not null)
        {
            sentences.Add(new Sentence(new TextSpan(sentenceStart, text.Length)));
        }

        var markables = root.Element("Markables");
        var relations = root.Element("Relations");
        var entities = markables?.Elements("ENTITY").ToDictionary(e => (string)e.Attribute("m_id")!, StringComparer.Ordinal) ?? [];
        var targetOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var refers in relations?.Elements("REFERS_TO") ?? [])
        {
            var target = (string?)refers.Element("target")?.Attribute("m_id");
            foreach (var source in refers.Elements("source"))
            {
                if (target is not null)
                {
                    targetOf[(string)source.Attribute("m_id")!] = target;
                }
            }
        }

        var full = text.ToString();
        var document = new Document(new RawDocument(id, path, "sha256:-", InputFormat.PlainText, full, RecordHints.None, []))
        {
            Text = full,
            Sentences = sentences,
            Metadata = new ArticleMetadata { Published = CreationTime(markables) },
        };
        var named = new List<(Mention, string)>();
        foreach (var mention in markables?.Elements("ENTITY_MENTION") ?? [])
        {
            if ((string?)mention.Attribute("syntactic_type") != "NAM")
            {
                continue;
            }

            var anchors = mention.Elements("token_anchor").Select(a => (string)a.Attribute("t_id")!).Where(spans.ContainsKey).ToList();
            var mId = (string)mention.Attribute("m_id")!;
            if (anchors.Count == 0 || !targetOf.TryGetValue(mId, out var target) || !entities.TryGetValue(target, out var entity)
                || (string?)entity.Attribute("instance_id") is not { Length: > 0 } instance)
            {
                continue;
            }

            var span = new TextSpan(anchors.Min(a => spans[a].Start), anchors.Max(a => spans[a].End));
            var type = (string?)entity.Attribute("ent_type") switch
            {
                "PER" => EntityType.Person,
                "ORG" => EntityType.Organization,
                "LOC" => EntityType.Location,
                _ => EntityType.Other,
            };
            named.Add((new Mention(span, span.Of(full), type, sentenceOf[anchors[0]], "gold"), instance));
        }

        named.Sort((a, b) => a.Item1.Span.Start.CompareTo(b.Item1.Span.Start));
        document.Mentions = [.. named.Select(n => n.Item1)];
        return new MeantimeArticle(document, named);
    }

    private static PublicationDate? CreationTime(XElement? markables)
    {
        var value = markables?.Elements("TIMEX3").FirstOrDefault(t => (string?)t.Attribute("functionInDocument") == "CREATION_TIME")?.Attribute("value")?.Value;
        return value is not null && DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new PublicationDate(date, DatePrecision.Day)
            : null;
    }
}
