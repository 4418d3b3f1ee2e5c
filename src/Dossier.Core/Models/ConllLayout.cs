namespace Dossier.Core.Models;

/// <summary>
/// Which columns of a CoNLL-style file hold the word, part of speech, chunk and entity tags
/// (-1 = absent). CoNLL-2003 is "word POS chunk NER"; Universal NER is "index word NER …".
/// </summary>
public sealed record ConllLayout(int WordColumn, int PosColumn, int ChunkColumn, int EntityColumn)
{
    public static ConllLayout Conll2003 { get; } = new(0, 1, 2, 3);

    public static ConllLayout UniversalNer { get; } = new(1, -1, -1, 2);

    /// <summary>Universal NER files number their tokens and separate columns with tabs.</summary>
    public static ConllLayout Detect(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("-DOCSTART-", StringComparison.Ordinal))
            {
                continue;
            }

            var first = line.Split('\t', ' ')[0];
            return first.All(char.IsAsciiDigit) && line.Contains('\t', StringComparison.Ordinal) ? UniversalNer : Conll2003;
        }

        return Conll2003;
    }
}
