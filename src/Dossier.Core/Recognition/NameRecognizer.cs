using System.Text.RegularExpressions;
using Dossier.Core.Model;
using Dossier.Core.Pipeline;
using Dossier.Core.Text;

namespace Dossier.Core.Recognition;

/// <summary>
/// Finds names as runs of capitalised words (with "of"/"for" inside organisation names), drops
/// sentence-initial common words and titles, and types each name with the built-in lexicon and
/// the words around it.
/// </summary>
public sealed partial class NameRecognizer : IDocumentStep
{
    public string Name => "NameRecognizer";

    public IReadOnlySet<Layer> Requires { get; } = Layers.Of(Layer.CleanText, Layer.Tokens, Layer.Sentences);

    public IReadOnlySet<Layer> Produces { get; } = Layers.Of(Layer.NameMentions);

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var lowerWords = new LowerWords(text);
        var mentions = new List<Mention>();
        var tokens = document.Tokens;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var span = document.Sentences[s].Span;
            var words = new List<Part>();
            foreach (var m in WordPattern().EnumerateMatches(text, span.Start))
            {
                if (m.Index + m.Length > span.End)
                {
                    break;
                }

                words.Add(new Part(m.Index, m.Index + m.Length));
            }

            new SentenceScan(text, tokens, words, s, span.Start, lowerWords, mentions).Run();
        }

        document.Mentions = PromoteSurnames(mentions);
    }

    /// <summary>
    /// The words of a text written in lower case somewhere in it: asked only about a lone
    /// sentence-initial name, so the set is made on the first question.
    /// </summary>
    private sealed class LowerWords(string text)
    {
        private HashSet<string>? _words;

        public bool Contains(string word) => (_words ??= Collect()).Contains(word);

        private HashSet<string> Collect()
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            var adding = set.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var m in WordPattern().EnumerateMatches(text))
            {
                if (char.IsLower(text[m.Index]))
                {
                    adding.Add(text.AsSpan(m.Index, m.Length));
                }
            }

            return set;
        }
    }

    /// <summary>A lone "Cho" or "Zhuravlev" is the person named in full elsewhere in the document.</summary>
    private static List<Mention> PromoteSurnames(List<Mention> mentions)
    {
        var personTokens = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions.Where(m => m.Type == EntityType.Person))
        {
            var parts = m.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length > 1)
            {
                personTokens.Add(parts[0]);
                personTokens.Add(parts[^1]);
            }
        }

        return [.. mentions
            .Select(m => m.Type == EntityType.Other && !m.Text.Contains(' ', StringComparison.Ordinal) && personTokens.Contains(m.Text)
                ? m with { Type = EntityType.Person, Rule = "surname-of-person" }
                : m)
            .OrderBy(m => m.Span.Start)];
    }

    private readonly record struct Part(int Start, int End);

    private sealed class SentenceScan(string text, IReadOnlyList<Token> tokens, List<Part> words, int sentence, int sentenceStart, LowerWords lowerWords, List<Mention> output)
    {
        public void Run()
        {
            var i = 0;
            while (i < words.Count)
            {
                if (!IsCapitalised(words[i]))
                {
                    i++;
                    continue;
                }

                var end = ExtendRun(i);
                EmitRun(Split(words.GetRange(i, end - i + 1)), IsSentenceInitial(i));
                i = end + 1;
            }
        }

        private string T(Part p) => text[p.Start..p.End];

        private bool IsCapitalised(Part p) => char.IsUpper(text[p.Start]);

        private bool IsConnector(Part p) => NameLexicon.Connectors.Contains(T(p)) && char.IsLower(text[p.Start]);

        private string Bare(Part p) => StripPossessive(T(p));

        private bool IsPossessive(Part p)
        {
            var t = T(p);
            return t.Length > 2 && (t.EndsWith("'s", StringComparison.Ordinal) || t.EndsWith("’s", StringComparison.Ordinal))
                && !string.Equals(Bare(p), "People", StringComparison.Ordinal);
        }

        private bool SimpleGap(int a, int b)
        {
            var gap = text.AsSpan(words[a].End, words[b].Start - words[a].End);
            if (gap.Length is 1 or 2 && !gap.ContainsAnyExcept(' ', '\u00a0'))
            {
                return true;
            }

            // "Mr. Kim": an abbreviated title keeps the run going.
            return gap is ". " or ".\u00a0" && NameLexicon.TitleHeads.Contains(T(words[a]));
        }

        private bool IsSentenceInitial(int i)
        {
            var before = text.AsSpan(sentenceStart, words[i].Start - sentenceStart).Trim();
            return before.IsEmpty || before is "“" or "\"" or "‘" or "'" or "(" or "[";
        }

        private int ExtendRun(int i)
        {
            var j = i;
            while (!IsPossessive(words[j]) && j + 1 < words.Count && SimpleGap(j, j + 1))
            {
                var next = j + 1;
                if (IsCapitalised(words[next]))
                {
                    j = next;
                    continue;
                }

                if (!IsConnector(words[next]))
                {
                    break;
                }

                var k = next;
                while (k + 1 < words.Count && IsConnector(words[k + 1]) && SimpleGap(k, k + 1))
                {
                    k++;
                }

                if (k + 1 >= words.Count || !SimpleGap(k, k + 1) || !IsCapitalised(words[k + 1]) || !ConnectorAllowed(i, j, next, k + 1))
                {
                    break;
                }

                j = k + 1;
            }

            return KoreanLowercaseSyllable(i, j);
        }

        /// <summary>"Cho Han bum," — a romanised Korean given name sometimes keeps its last syllable lower-case.</summary>
        private int KoreanLowercaseSyllable(int i, int j)
        {
            if (j - i != 1 || !NameLexicon.FamilyFirstNames.Contains(T(words[i])) || j + 1 >= words.Count || !SimpleGap(j, j + 1))
            {
                return j;
            }

            var next = words[j + 1];
            var isSyllable = next.End - next.Start <= 4 && char.IsLower(text[next.Start]) && !NameLexicon.Connectors.Contains(T(next))
                && next.End < text.Length && text[next.End] == ',';
            return isSyllable ? j + 1 : j;
        }

        private bool ConnectorAllowed(int runStart, int runEnd, int connector, int nextCap)
        {
            var word = T(words[connector]);
            var before = Enumerable.Range(runStart, runEnd - runStart + 1).Select(x => Bare(words[x])).ToList();
            var beforeHasHead = before.Any(NameLexicon.OrganizationHeads.Contains);
            if (!string.Equals(word, "and", StringComparison.Ordinal) && !string.Equals(word, "the", StringComparison.Ordinal))
            {
                if (beforeHasHead)
                {
                    return true;
                }
            }
            else if (beforeHasHead || string.Equals(word, "the", StringComparison.Ordinal))
            {
                return false;
            }

            // "Belt and Road Forum": the connector joins a run that ends in an organisation word.
            var joined = string.Join(' ', before);
            if (NameLexicon.IsCountry(joined) || NameLexicon.IsPlace(joined) || before.Count > 2)
            {
                return false;
            }

            var k = nextCap;
            while (k + 1 < words.Count && IsCapitalised(words[k + 1]) && SimpleGap(k, k + 1) && !IsPossessive(words[k]))
            {
                k++;
            }

            return k > nextCap && NameLexicon.OrganizationHeads.Contains(Bare(words[k]));
        }

        /// <summary>Splits "Kim-Trump" or "North Korea-Russia" into separate names, and drops months.</summary>
        private List<List<Part>> Split(List<Part> run)
        {
            var hasOrgHead = run.Any(p => NameLexicon.OrganizationHeads.Contains(Bare(p)));
            var groups = new List<List<Part>> { new() };
            for (var x = 0; x < run.Count; x++)
            {
                var p = run[x];
                if (NameLexicon.Months.Contains(Bare(p)))
                {
                    groups.Add([]);
                    continue;
                }

                var pieces = hasOrgHead || (x == 1 && NameLexicon.FamilyFirstNames.Contains(T(run[0]))) ? [p] : SplitHyphens(p);
                for (var y = 0; y < pieces.Count; y++)
                {
                    if (y > 0)
                    {
                        groups.Add([]);
                    }

                    groups[^1].Add(pieces[y]);
                }

                // "Foreign Affairs Committee Konstantin Kosachev": a person name right after an organisation word.
                if (hasOrgHead && NameLexicon.OrganizationHeads.Contains(Bare(p)) && x + 1 < run.Count && IsPersonStart(Bare(run[x + 1])))
                {
                    groups.Add([]);
                }
            }

            return [.. groups.Where(g => g.Count > 0)];
        }

        private List<Part> SplitHyphens(Part p)
        {
            var result = new List<Part>();
            var start = p.Start;
            for (var c = p.Start + 1; c < p.End - 1; c++)
            {
                if (text[c] is not ('-' or '‐') || !char.IsUpper(text[c + 1]))
                {
                    continue;
                }

                var nextHyphen = text.IndexOfAny(['-', '‐'], c + 1, p.End - c - 1);
                var right = StripPossessive(text[(c + 1)..(nextHyphen < 0 ? p.End : nextHyphen)]);
                var left = text[start..c];
                if (right.Length >= 4 || Known(right) || Known(left))
                {
                    result.Add(new Part(start, c));
                    start = c + 1;
                }
            }

            result.Add(new Part(start, p.End));
            return result;
        }

        private static bool Known(string s) => NameLexicon.IsCountry(s) || NameLexicon.IsPlace(s) || NameLexicon.KnownSurnames.Contains(s);

        private void EmitRun(List<List<Part>> groups, bool sentenceInitial)
        {
            for (var g = 0; g < groups.Count; g++)
            {
                EmitGroup(groups[g], sentenceInitial && g == 0 && groups[g][0].Start == groups[0][0].Start);
            }
        }

        private void EmitGroup(List<Part> parts, bool sentenceInitial)
        {
            var first = 0;
            while (first < parts.Count && IsStopword(parts[first]) && !IsPossessiveName(parts, first))
            {
                first++;
                sentenceInitial = false;
            }

            var title = TitlePrefix(parts, first, out var countries);
            foreach (var c in countries)
            {
                Add(parts[c.First], parts[c.Last], EntityType.Country, "lexicon-country");
            }

            first = title >= 0 ? title + 1 : first;
            if (first >= parts.Count)
            {
                return;
            }

            var rest = WholeTokens(parts.GetRange(first, parts.Count - first));
            if (rest.Count == 0)
            {
                return;
            }

            var name = NameOf(rest);
            if (NameLexicon.Demonyms.Contains(name) || NameLexicon.TitleHeads.Contains(name) || NameLexicon.Stopwords.Contains(name))
            {
                return;
            }

            // "Russia Kim Hyung Jun": a country right before a person name is not part of it.
            if (rest.Count > 2 && NameLexicon.IsCountry(Bare(rest[0])) && IsPersonStart(Bare(rest[1])))
            {
                Add(rest[0], rest[0], EntityType.Country, "lexicon-country");
                rest = rest.GetRange(1, rest.Count - 1);
                name = NameOf(rest);
                title = 0;
            }

            if (sentenceInitial && title < 0 && rest.Count == 1 && !Known(name) && !NameLexicon.Organizations.Contains(name)
                && !NameLexicon.FamilyFirstNames.Contains(name) && lowerWords.Contains(name.ToLowerInvariant()))
            {
                return;
            }

            var (type, rule) = Classify(rest, name, title >= 0);
            Add(rest[0], rest[^1], type, rule);
        }

        /// <summary>
        /// Drops trailing words whose token goes on past them: "İstanbul No. 3" names "İstanbul",
        /// not "İstanbul No", since the tokenizer keeps the abbreviation "No." whole and the
        /// abbreviation is not part of the name. A possessive ("Korea's") stays a name.
        /// </summary>
        private List<Part> WholeTokens(List<Part> parts)
        {
            var count = parts.Count;
            while (count > 0 && EndsInsideAbbreviation(parts[count - 1]))
            {
                count--;
            }

            return count == parts.Count ? parts : parts.GetRange(0, count);
        }

        private bool EndsInsideAbbreviation(Part p) =>
            p.End < text.Length && text[p.End] == '.' && TokenAlignment.Snap(tokens, new TextSpan(p.Start, p.End)).End > p.End;

        private bool IsStopword(Part p)
        {
            var word = T(p);
            var apostrophe = word.IndexOfAny(['\'', '’']);
            return NameLexicon.Stopwords.Contains(word) || (apostrophe > 0 && NameLexicon.Stopwords.Contains(word[..apostrophe]));
        }

        private bool IsPossessiveName(List<Part> parts, int i) => i + 1 < parts.Count && IsPossessive(parts[i]);

        private static bool IsPersonStart(string word) => NameLexicon.GivenNames.Contains(word) || NameLexicon.FamilyFirstNames.Contains(word);

        /// <summary>The index of the last word of a leading title ("Russian Foreign Minister"), or -1.</summary>
        private int TitlePrefix(List<Part> parts, int first, out List<(int First, int Last)> countries)
        {
            countries = [];
            var found = -1;
            var pendingCountries = new List<(int First, int Last)>();
            for (var x = first; x < parts.Count - 1; x++)
            {
                var word = Bare(parts[x]);
                if (NameLexicon.TitleHeads.Contains(word) || NameLexicon.TitleHeads.Contains(T(parts[x])))
                {
                    found = x;
                    countries.AddRange(pendingCountries);
                    pendingCountries.Clear();
                    continue;
                }

                var pair = x + 1 < parts.Count ? word + " " + Bare(parts[x + 1]) : string.Empty;
                if (NameLexicon.Demonyms.Contains(pair) || (NameLexicon.IsCountry(pair) && x + 2 < parts.Count))
                {
                    if (NameLexicon.IsCountry(pair))
                    {
                        pendingCountries.Add((x, x + 1));
                    }

                    x++;
                    continue;
                }

                if (NameLexicon.Demonyms.Contains(word) || NameLexicon.TitleModifiers.Contains(word))
                {
                    continue;
                }

                if (NameLexicon.IsCountry(word) && !IsPossessive(parts[x]))
                {
                    pendingCountries.Add((x, x));
                    continue;
                }

                break;
            }

            return found;
        }

        private (EntityType Type, string Rule) Classify(List<Part> parts, string name, bool titled)
        {
            if (NameLexicon.IsCountry(name))
            {
                return (EntityType.Country, "lexicon-country");
            }

            if (NameLexicon.IsPlace(name))
            {
                return (EntityType.Location, "lexicon-place");
            }

            if (NameLexicon.Organizations.Contains(name))
            {
                return (EntityType.Organization, "lexicon-org");
            }

            if (parts.Any(p => NameLexicon.OrganizationHeads.Contains(Bare(p))))
            {
                return (EntityType.Organization, "org-keyword");
            }

            if (titled)
            {
                return (EntityType.Person, "title-cue");
            }

            if (RoleBefore(parts[0]))
            {
                return (EntityType.Person, "role-cue");
            }

            if (SpeechVerbAround(parts[0], parts[^1]))
            {
                return (EntityType.Person, "speech-cue");
            }

            var words = name.Split(' ');
            if (words.Length is 2 or 3 && IsPersonStart(words[0]))
            {
                return (EntityType.Person, "given-name");
            }

            if (words.Length == 1 && NameLexicon.KnownSurnames.Contains(name))
            {
                return (EntityType.Person, "known-surname");
            }

            return (EntityType.Other, "capitalized");
        }

        private bool RoleBefore(Part first)
        {
            var before = PreviousWord(first.Start);
            return before is not null && NameLexicon.RoleNouns.Contains(before) && char.IsLower(before[0]);
        }

        private bool SpeechVerbAround(Part first, Part last)
        {
            var before = PreviousWord(first.Start);
            if (before is not null && NameLexicon.SpeechVerbs.Contains(before) && char.IsLower(before[0]))
            {
                return true;
            }

            var after = FollowingWord().Match(text, last.End);
            return after.Success && NameLexicon.SpeechVerbs.Contains(after.Groups[1].Value);
        }

        /// <summary>The letters right before the space before <paramref name="start"/> (that space may precede a final line break).</summary>
        private string? PreviousWord(int start)
        {
            // A backward scan: a regex anchored at the end of text[..start] was linear in the document on every call.
            var space = start - 1;
            if (space >= 1 && text[space] == '\n')
            {
                space--;
            }

            if (space < 1 || text[space] is not (' ' or '\u00a0'))
            {
                return null;
            }

            var first = space;
            while (first > 0 && char.IsLetter(text[first - 1]))
            {
                first--;
            }

            return first < space ? text[first..space] : null;
        }

        private string NameOf(List<Part> parts)
        {
            var s = text[parts[0].Start..parts[^1].End];
            return StripPossessive(s);
        }

        private void Add(Part first, Part last, EntityType type, string rule)
        {
            var end = last.End;
            var surface = text[first.Start..end];
            var bare = StripPossessive(surface);
            end -= surface.Length - bare.Length;
            if (bare.Length == 0 || output.Any(m => m.Span.Start == first.Start))
            {
                return;
            }

            output.Add(new Mention(new TextSpan(first.Start, end), bare, type, sentence, rule));
        }
    }

    internal static string StripPossessive(string s) =>
        s.Length > 2 && (s.EndsWith("'s", StringComparison.Ordinal) || s.EndsWith("’s", StringComparison.Ordinal)) ? s[..^2] : s;

    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{Nd}][\p{L}\p{M}\p{Nd}]*(?:[-‐'’][\p{L}\p{M}\p{Nd}]+(?!\.\p{Lu}\.))*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\G[ \u00a0]([\p{L}]+)")]
    private static partial Regex FollowingWord();

}
