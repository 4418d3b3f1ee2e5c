using System.Globalization;
using System.Text;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Recognition;

namespace Dossier.Core.Resolution;

/// <summary>
/// Merges name mentions across documents into entities: same name up to case, hyphens and
/// diacritics, one-letter spelling variants of a full name, and surnames that point at a single
/// full name in the same document. Runs sequentially in document order, so output is deterministic.
/// </summary>
public sealed class EntityResolver : ICorpusStep
{
    public string Name => "EntityResolver";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.NameMentions);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.Entities);

    public void Process(Corpus corpus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var clusters = new List<Cluster>();
        var byKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var shorts = new List<(int Doc, Document Document, Mention Mention)>();

        for (var d = 0; d < corpus.Documents.Count; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var document = corpus.Documents[d];
            foreach (var mention in document.Mentions)
            {
                var tokens = Tokens(mention.Text);
                if (tokens.Length == 0)
                {
                    continue;
                }

                if (tokens.Length == 1 && mention.Type is EntityType.Person or EntityType.Other)
                {
                    shorts.Add((d, document, mention));
                    continue;
                }

                var key = KeyOf(mention, tokens);
                if (!byKey.TryGetValue(key, out var cluster))
                {
                    cluster = FindVariant(clusters, mention.Type, tokens) ?? new Cluster(key, tokens);
                    if (!clusters.Contains(cluster))
                    {
                        clusters.Add(cluster);
                    }

                    byKey[key] = cluster;
                }

                cluster.Add(d, document, mention, full: true);
            }
        }

        foreach (var (d, document, mention) in shorts)
        {
            var token = Tokens(mention.Text)[0];
            var target = ShortTarget(clusters, d, token) ?? SingleOrNull(clusters, token, byKey);
            if (target is null)
            {
                var key = KeyOf(mention, [token]);
                if (!byKey.TryGetValue(key, out target))
                {
                    target = new Cluster(key, [token]);
                    clusters.Add(target);
                    byKey[key] = target;
                }
            }

            target.Add(d, document, mention, full: false);
        }

        corpus.Entities = Build(clusters);
    }

    private static Cluster? FindVariant(List<Cluster> clusters, EntityType type, string[] tokens) =>
        type != EntityType.Person ? null : clusters.FirstOrDefault(c => c.Type == EntityType.Person && IsSpellingVariant(c.Tokens, tokens));

    /// <summary>"Kim Jung Un" and "Kim Jong Un": one word differs by one letter, the others match.</summary>
    private static bool IsSpellingVariant(string[] a, string[] b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var differing = Enumerable.Range(0, a.Length).Where(i => !string.Equals(a[i], b[i], StringComparison.Ordinal)).ToList();
        return differing.Count == 1 && differing[0] > 0 && a[differing[0]].Length >= 3 && b[differing[0]].Length >= 3
            && EditDistanceIsOne(a[differing[0]], b[differing[0]]);
    }

    private static bool EditDistanceIsOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) == 1;
    }

    /// <summary>The full person name in the same document that a lone surname stands for, when there is one clear choice.</summary>
    private static Cluster? ShortTarget(List<Cluster> clusters, int doc, string token)
    {
        var candidates = clusters
            .Where(c => c.Type == EntityType.Person && c.Tokens.Length > 1 && (c.Tokens[^1] == token || c.Tokens[0] == token))
            .Select(c => (Cluster: c, Count: c.FullMentionsIn(doc)))
            .Where(x => x.Count > 0)
            .OrderByDescending(x => x.Count)
            .ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        // Several full names share the surname: the lone form means the one the article names most, if any stands out.
        return candidates.Count == 1 || candidates[0].Count > candidates[1].Count ? candidates[0].Cluster : null;
    }

    /// <summary>A surname with no full name in its document: the only full name in the corpus it can belong to.</summary>
    private static Cluster? SingleOrNull(List<Cluster> clusters, string token, Dictionary<string, Cluster> byKey)
    {
        if (byKey.ContainsKey(token))
        {
            return null;
        }

        var candidates = clusters.Where(c => c.Type == EntityType.Person && c.Tokens.Length > 1 && (c.Tokens[^1] == token || c.Tokens[0] == token)).Take(2).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static string KeyOf(Mention mention, string[] tokens) =>
        NameLexicon.CountryCodes.TryGetValue(mention.Text, out var code) ? "country:" + code : string.Concat(tokens);

    /// <summary>Lower-case words without diacritics, split at spaces and hyphens; dots and apostrophes dropped.</summary>
    internal static string[] Tokens(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '.' or '\'' or '’')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    internal static string Slug(string name) => string.Join('-', Tokens(name));

    private static List<Entity> Build(List<Cluster> clusters)
    {
        var built = clusters
            .Select(c => c.ToEntityParts())
            .OrderByDescending(e => e.Mentions.Count)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Mentions[0].Doc, StringComparer.Ordinal)
            .ToList();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var entities = new List<Entity>(built.Count);
        foreach (var e in built)
        {
            var slug = Slug(e.Name);
            var id = slug.Length == 0 ? "entity" : slug;
            for (var n = 2; !used.Add(id); n++)
            {
                id = string.Create(CultureInfo.InvariantCulture, $"{slug}-{n}");
            }

            entities.Add(e with { Id = id });
        }

        return entities;
    }
}
