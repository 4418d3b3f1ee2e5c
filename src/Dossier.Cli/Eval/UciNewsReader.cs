using System.Text;

namespace Dossier.Cli.Eval;

/// <summary>
/// Reads the UCI News Aggregator CSV (ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP;
/// quoted fields may hold commas and doubled quotes). Rows without a story label are skipped.
/// TIMESTAMP is not read: it is when the aggregator fetched the story's cluster, not when each
/// article was published (every story's rows lie within about a minute of each other and no two
/// stories' times overlap), so it would give the labels away.
/// </summary>
internal static class UciNewsReader
{
    public static List<LabelledHeadline> Read(TextReader reader)
    {
        var rows = Records(reader).ToList();
        if (rows.Count == 0)
        {
            return [];
        }

        var header = rows[0];
        int Column(string name) => header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase)) is var i && i >= 0 ? i : throw new FormatException($"no {name} column");
        int id = Column("ID"), title = Column("TITLE"), url = Column("URL"), story = Column("STORY");
        var headlines = new List<LabelledHeadline>();
        foreach (var row in rows.Skip(1))
        {
            var label = row.ElementAtOrDefault(story);
            if (string.IsNullOrEmpty(label))
            {
                continue;
            }

            headlines.Add(new LabelledHeadline(row[id], row.ElementAtOrDefault(title) ?? string.Empty, row.ElementAtOrDefault(url) ?? string.Empty, label));
        }

        return headlines;
    }

    private static IEnumerable<List<string>> Records(TextReader reader)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch != '"')
                {
                    field.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    field.Append((char)reader.Read());
                }
                else
                {
                    quoted = false;
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                yield return fields;
                fields = [];
            }
            else
            {
                field.Append(ch);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString().TrimEnd('\r'));
            yield return fields;
        }
    }
}
