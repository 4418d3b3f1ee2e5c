namespace Dossier.Core.Models;

/// <summary>
/// Converts between IOB tags (IOB1 as in CoNLL-2003, or IOB2/BIO) and spans, with the
/// conventions of the conlleval script: an I- tag whose type differs from the previous
/// tag's starts a new span.
/// </summary>
public static class BioTags
{
    public const string Outside = "O";

    public static List<TagSpan> ToSpans(IReadOnlyList<string> tags)
    {
        var spans = new List<TagSpan>();
        var start = -1;
        string? type = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : Outside;
            var (prefix, tagType) = Split(tag);
            var continues = prefix == 'I' && type == tagType;
            if (type is not null && !continues)
            {
                spans.Add(new TagSpan(start, i, type));
                type = null;
            }

            if (prefix is 'B' or 'I' && !continues)
            {
                start = i;
                type = tagType;
            }
        }

        return spans;
    }

    /// <summary>BIO (IOB2) tags for <paramref name="spans"/> over <paramref name="length"/> tokens.</summary>
    public static string[] FromSpans(IEnumerable<TagSpan> spans, int length)
    {
        var tags = Enumerable.Repeat(Outside, length).ToArray();
        foreach (var span in spans)
        {
            tags[span.Start] = "B-" + span.Type;
            for (var i = span.Start + 1; i < span.End; i++)
            {
                tags[i] = "I-" + span.Type;
            }
        }

        return tags;
    }

    /// <summary>BILOU tags: B- begins, I- continues, L- ends a span of several tokens, U- is a one-token span.</summary>
    public static string[] ToBilou(IReadOnlyList<string> tags)
    {
        var result = Enumerable.Repeat(Outside, tags.Count).ToArray();
        foreach (var span in ToSpans(tags))
        {
            if (span.End - span.Start == 1)
            {
                result[span.Start] = "U-" + span.Type;
                continue;
            }

            result[span.Start] = "B-" + span.Type;
            for (var i = span.Start + 1; i < span.End - 1; i++)
            {
                result[i] = "I-" + span.Type;
            }

            result[span.End - 1] = "L-" + span.Type;
        }

        return result;
    }

    /// <summary>IOB1, IOB2 or BILOU tags rewritten as IOB2.</summary>
    public static string[] ToBio(IReadOnlyList<string> tags) => FromSpans(ToSpans(tags), tags.Count);

    private static (char Prefix, string? Type) Split(string tag) =>
        tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S' or 'L' or 'U'
            ? (tag[0] is 'B' or 'S' or 'U' ? 'B' : 'I', tag[2..])
            : ('O', null);
}
