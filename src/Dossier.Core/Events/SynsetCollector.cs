using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// Synonym sets as the PETRARCH and TABARI verb dictionaries both write them: <c>&amp;LABEL</c> opens a set
/// (a trailing '_' means its nouns take no plural), and each <c>+ phrase</c> line after it adds a member.
/// </summary>
internal sealed class SynsetCollector
{
    private readonly Dictionary<string, List<string>> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _plurals = new(StringComparer.Ordinal);
    private string? _open;

    /// <summary>Reads <paramref name="line"/> (trimmed) if it opens a set or adds a member to the open one.</summary>
    public bool TryRead(string line)
    {
        if (line.StartsWith('&'))
        {
            var label = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[0][1..];
            _open = label.TrimEnd('_');
            _plurals[_open] = !label.EndsWith('_');
            _phrases[_open] = [];
            return true;
        }

        if (_open is not null && line.StartsWith('+'))
        {
            _phrases[_open].Add(line[1..].Trim());
            return true;
        }

        return false;
    }

    /// <summary>Ends the open set: a later '+' line is not one of its members.</summary>
    public void Close() => _open = null;

    /// <summary>Each set's phrases as word arrays, members that name another set replaced by its phrases, plurals added.</summary>
    public Dictionary<string, string[][]> Expand()
    {
        var expanded = new Dictionary<string, string[][]>(StringComparer.Ordinal);
        foreach (var label in _phrases.Keys)
        {
            var result = new List<string[]>();
            AddPhrases(label, result, []);
            expanded[label] = [.. result.DistinctBy(p => string.Join(' ', p), StringComparer.Ordinal)];
        }

        return expanded;
    }

    private void AddPhrases(string label, List<string[]> result, HashSet<string> visiting)
    {
        if (!visiting.Add(label) || !_phrases.TryGetValue(label, out var members))
        {
            return;
        }

        foreach (var raw in members)
        {
            if (raw.StartsWith('&'))
            {
                AddPhrases(raw[1..].TrimEnd('_'), result, visiting);
                continue;
            }

            var words = raw.Replace('_', ' ').ToUpperInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            result.Add(words);
            if (_plurals[label] && !raw.EndsWith('_'))
            {
                result.Add([.. words[..^1], PhoenixAgentReader.Plural(words[^1])]);
            }
        }

        visiting.Remove(label);
    }
}
