using System.Globalization;
using Dossier.Core.Model;
using Dossier.Core.Text;

namespace Dossier.Core.Recognition.TimeMl;

/// <summary>Runs the tokenizer, sentence splitter and <see cref="TimeRecognizer"/> on a TimeML text, anchored to its creation time.</summary>
public static class TimeMlTagger
{
    public static IReadOnlyList<TimeMlTimex> Tag(TimeMlDocument file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        var document = new Document(new RawDocument(file.Id, file.Id + ".tml", string.Empty, InputFormat.PlainText, file.Text, RecordHints.None, []))
        {
            Text = file.Text,
            Metadata = new ArticleMetadata { Published = CreationDate(file.CreationTime) },
        };
        new Tokenizer().Process(document, cancellationToken);
        new SentenceSplitter().Process(document, cancellationToken);
        new TimeRecognizer().Process(document, cancellationToken);
        return [.. document.Times.Select(t => new TimeMlTimex(t.Span.Start, t.Span.End, t.Text, TimexType.Of(t.Value, t.Rule), t.Value))];
    }

    /// <summary>A DCT value as a publication date: a bare date has day precision, a date-time has minutes and no zone.</summary>
    public static PublicationDate? CreationDate(string? value)
    {
        if (value is null || value.Length < 10
            || !DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return null;
        }

        if (value.Length > 10 && value[10] == 'T'
            && TimeOnly.TryParse(value.AsSpan(11), CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return new PublicationDate(date.ToDateTime(time), DatePrecision.Minute);
        }

        return new PublicationDate(date.ToDateTime(TimeOnly.MinValue), DatePrecision.Day);
    }
}
