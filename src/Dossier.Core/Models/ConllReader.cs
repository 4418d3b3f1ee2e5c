namespace Dossier.Core.Models;

/// <summary>
/// Reads CoNLL-2003 and Universal NER (IOB2, CoNLL-U-like) files: blank lines end sentences,
/// <c>-DOCSTART-</c> lines and <c># newdoc</c> comments start documents, other comments are kept
/// as lines but carry no tokens.
/// </summary>
public static class ConllReader
{
    public static ConllCorpus ReadFile(string path, ConllLayout? layout = null) =>
        Read(File.ReadAllLines(path), layout);

    public static ConllCorpus Read(IReadOnlyList<string> lines, ConllLayout? layout = null)
    {
        layout ??= ConllLayout.Detect(lines);
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var indexes = new List<int>();
        var fields = new List<string[]>();

        void EndSentence()
        {
            if (indexes.Count > 0)
            {
                sentences.Add(new ConllSentence([.. indexes], [.. fields], layout));
                indexes.Clear();
                fields.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument([.. sentences]));
                sentences.Clear();
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.StartsWith("-DOCSTART-", StringComparison.Ordinal) || line.StartsWith("# newdoc", StringComparison.Ordinal))
            {
                EndDocument();
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                EndSentence();
            }
            else if (!line.StartsWith('#'))
            {
                indexes.Add(i);
                fields.Add(line.Split(layout == ConllLayout.UniversalNer ? ['\t'] : [' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            }
        }

        EndDocument();
        return new ConllCorpus(lines, documents, layout);
    }
}
