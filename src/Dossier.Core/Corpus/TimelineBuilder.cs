using System.Text.RegularExpressions;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;

namespace Dossier.Core.CorpusAnalysis;

/// <summary>
/// One timeline item per (document, sentence, date) for every date-valued time mention, ordered
/// by date string (so "2019-04" comes before "2019-04-24"), then document id, then sentence.
/// </summary>
public sealed partial class TimelineBuilder : ICorpusStep
{
    public string Name => "TimelineBuilder";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.TimeMentions, Layer.Sentences);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.Timeline);

    public void Process(Corpus corpus, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var items = new List<TimelineItem>();
        foreach (var document in corpus.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var seen = new HashSet<(int, string)>();
            foreach (var time in document.Times)
            {
                if (!time.IsDate || time.Sentence < 0 || time.Sentence >= document.Sentences.Count || !seen.Add((time.Sentence, time.Value)))
                {
                    continue;
                }

                var text = Whitespace().Replace(document.TextOf(document.Sentences[time.Sentence].Span), " ").Trim();
                items.Add(new TimelineItem(time.Value, document.Id, time.Sentence, text));
            }
        }

        corpus.Timeline = [.. items
            .OrderBy(i => i.Date, StringComparer.Ordinal)
            .ThenBy(i => i.Doc, StringComparer.Ordinal)
            .ThenBy(i => i.Sentence)];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
