using System.Globalization;
using System.Text;
using Dossier.Core.CorpusAnalysis.Clustering;

namespace Dossier.Bench;

/// <summary>
/// A made-up news corpus of any size for timing story clustering: about twenty articles a story,
/// each of ~400 words drawn from a Zipf-like background vocabulary shared by all stories and from
/// its story's own words and entities, dates within a few days of its story's, and one article in
/// twenty a re-post of another with a paragraph added. Same seed, same corpus.
/// </summary>
internal static class SyntheticNews
{
    private const int BackgroundWords = 5000;
    private const int WordsPerArticle = 400;

    public static List<ClusterDocument> Create(int count, int seed = 42)
    {
        var random = new Random(seed);
        var stories = Math.Max(1, count / 20);
        var background = Enumerable.Range(0, BackgroundWords).Select(i => "b" + Letters(i)).ToArray();
        var cumulative = new double[BackgroundWords];
        double total = 0;
        for (var i = 0; i < BackgroundWords; i++)
        {
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }

        var documents = new List<ClusterDocument>(count);
        for (var d = 0; d < count; d++)
        {
            if (d > 0 && random.Next(20) == 0)
            {
                var original = documents[random.Next(documents.Count)];
                documents.Add(original with { Id = "d" + d.ToString(CultureInfo.InvariantCulture), Body = original.Body + "\n\n" + Sentence(random, background, cumulative, total, 40) });
                continue;
            }

            var story = random.Next(stories);
            var storyWords = Enumerable.Range(0, 30).Select(i => "s" + Letters(story) + "q" + Letters(i)).ToArray();
            var body = new StringBuilder();
            for (var w = 0; w < WordsPerArticle; w++)
            {
                body.Append(random.Next(4) == 0 ? storyWords[random.Next(storyWords.Length)] : Background(random, background, cumulative, total)).Append(w % 20 == 19 ? ". " : " ");
            }

            var title = string.Join(' ', Enumerable.Range(0, 8).Select(_ => random.Next(3) == 0 ? Background(random, background, cumulative, total) : storyWords[random.Next(10)]));
            var entities = Enumerable.Range(0, 5).Select(_ => "e" + story.ToString(CultureInfo.InvariantCulture) + "x" + random.Next(8).ToString(CultureInfo.InvariantCulture)).Distinct().ToList();
            var published = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays((story % 365) + (random.NextDouble() * 3));
            documents.Add(new ClusterDocument("d" + d.ToString(CultureInfo.InvariantCulture), title, body.ToString(), entities, published));
        }

        return documents;
    }

    private static string Sentence(Random random, string[] background, double[] cumulative, double total, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Background(random, background, cumulative, total))) + ".";

    private static string Background(Random random, string[] background, double[] cumulative, double total)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * total);
        return background[Math.Min(index < 0 ? ~index : index, background.Length - 1)];
    }

    // Letters only, so that every synthetic word is a content word.
    private static string Letters(int number) =>
        string.Concat(number.ToString(CultureInfo.InvariantCulture).Select(digit => (char)('a' + (digit - '0'))));
}
