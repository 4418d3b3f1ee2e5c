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

    /// <summary>Each set's phrases as word arrays, members that name or embed another set replaced by its phrases, plurals added.</summary>
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
            if (raw.StartsWith('&') && !raw.AsSpan(1).ContainsAny(" _&"))
            {
                AddPhrases(raw[1..], result, visiting);
                continue;
            }

            var words = raw.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            // A member may embed other sets ("&TIETYPES_MEMOS", "MEMOS_ON_&TIETYPES"): one phrase per combination of their members.
            var phrases = new List<string[]> { Array.Empty<string>() };
            foreach (var word in words)
            {
                var choices = word.StartsWith('&') ? Embedded(word[1..], visiting) : [[word.ToUpperInvariant()]];
                phrases = [.. phrases.SelectMany(p => choices.Select(c => (string[])[.. p, .. c]))];
            }

            foreach (var phrase in phrases.Where(p => p.Length > 0))
            {
                result.Add(phrase);
                if (_plurals[label] && !raw.EndsWith('_') && !words[^1].StartsWith('&'))
                {
                    result.Add([.. phrase[..^1], PhoenixAgentReader.Plural(phrase[^1])]);
                }
            }
        }

        visiting.Remove(label);
    }

    private List<string[]> Embedded(string label, HashSet<string> visiting)
    {
        var phrases = new List<string[]>();
        AddPhrases(label, phrases, visiting);
        return phrases;
    }
}
