using Dossier.Core.Actors;
using Dossier.Core.Model;
using Dossier.Core.Recognition;

namespace Dossier.Core.Resolution;

/// <summary>The name a mention holds once its descriptions are cut off, and an acronym it defines.</summary>
/// <param name="Name">"Aeroflot" of "Russian flag carrier Aeroflot", "General Motors" of "General Motors Corporation ( GM".</param>
/// <param name="Acronym">"GM" of "General Motors Corporation ( GM", when the mention defines one.</param>
internal sealed record NameHead(string Name, string? Acronym)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "and", "&", "for", "de", "du", "des", "la", "le", "der", "den", "van", "von", "del", "da", "di", "dos", "bin", "al", "y", "on",
    };

    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "with", "from", "by", "on", "who", "which", "that", "capable", "outside", "inside", "into", "during",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    };

    /// <summary>Legal forms and holding words at the end of a company name.</summary>
    private static readonly HashSet<string> CompanySuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "inc", "incorporated", "corp", "corporation", "co", "ltd", "limited", "plc", "ag", "sa", "nv", "bv", "llc", "llp", "gmbh",
        "spa", "group", "holdings", "company",
    };

    /// <summary>Words an acronym may leave out ("EADS" of "European Aeronautic Defence and Space Company").</summary>
    private static readonly HashSet<string> AcronymSkips = new(StringComparer.OrdinalIgnoreCase)
    {
        "of", "and", "&", "for", "the", "de", "company", "corporation", "inc", "corp", "co", "ltd", "plc", "group",
    };

    /// <summary>Titles before a person's name, beyond the shared title list ("Presiding Judge", "Ryanair CEO").</summary>
    private static readonly HashSet<string> PersonTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "ceo", "cfo", "coo", "judge", "justice", "presiding", "sen", "rep", "representative", "congressman", "congresswoman", "sir",
        "lord", "lady", "dame", "executive", "officer", "founder", "analyst", "spokesman", "spokeswoman", "commissioner", "chief",
    };

    public static NameHead Of(string text, EntityType type)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        string? acronym = null;
        var open = words.IndexOf("(");
        if (open >= 0)
        {
            var close = words.IndexOf(")", open + 1);
            var inside = words[(open + 1)..(close < 0 ? words.Count : close)];
            if (inside.Count == 1 && IsAcronym(inside[0]))
            {
                acronym = inside[0];
            }

            words = open > 0 ? words[..open] : inside;
        }

        var chosen = Choose(Segments(words), type);
        if (type == EntityType.Organization)
        {
            chosen = WithoutCompanySuffixes(chosen);
            if (chosen.Count > 2 && IsAcronym(chosen[^1]) && IsAcronymOf(chosen[^1], chosen[..^1]))
            {
                acronym ??= chosen[^1];
                chosen = WithoutCompanySuffixes(chosen[..^1]);
            }
        }

        var name = chosen.Count > 0 ? string.Join(' ', chosen) : text;
        return new NameHead(name, acronym is not null && NameKey.Of(acronym) != NameKey.Of(name) ? acronym : null);
    }

    /// <summary>All capitals (dots and ampersands allowed), two to six letters: "GM", "EADS", "U.S.".</summary>
    public static bool IsAcronym(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c))
            {
                letters++;
            }
            else if (c is not ('.' or '&'))
            {
                return false;
            }
        }

        return letters is >= 2 and <= 6;
    }

    /// <summary>Whether the acronym's letters are the initials of the words, in order, skipping only connectors and company words.</summary>
    public static bool IsAcronymOf(string acronym, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(acronym);
        ArgumentNullException.ThrowIfNull(words);
        var letters = acronym.Where(char.IsLetter).Select(char.ToUpperInvariant).ToArray();
        return letters.Length >= 2 && Matches(letters, 0, words, 0);
    }

    private static bool Matches(char[] letters, int l, IReadOnlyList<string> words, int w)
    {
        if (w == words.Count)
        {
            return l == letters.Length;
        }

        var word = words[w];
        if (l < letters.Length && word.Length > 0 && char.ToUpperInvariant(word[0]) == letters[l] && Matches(letters, l + 1, words, w + 1))
        {
            return true;
        }

        return AcronymSkips.Contains(word) && Matches(letters, l, words, w + 1);
    }

    /// <summary>Whether an acronym may leave the word out ("and", "of", "Company").</summary>
    public static bool MayBeLeftOutOfAcronym(string word) => AcronymSkips.Contains(word);

    /// <summary>The mention's words with punctuation split off, quotation marks dropped.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var raw in text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var start = 0;
            var end = raw.Length;
            var trailing = new List<string>();
            while (start < end && raw[start] is '(' or '"' or '“' or '‘' or '`')
            {
                if (raw[start] == '(')
                {
                    words.Add("(");
                }

                start++;
            }

            while (end > start && raw[end - 1] is ',' or ')' or '"' or '”' or ';' or ':' or '`')
            {
                if (raw[end - 1] is ',' or ')')
                {
                    trailing.Insert(0, raw[end - 1].ToString());
                }

                end--;
            }

            var word = raw[start..end];
            if (word.Length > 0 && word != "''")
            {
                words.Add(word);
            }

            words.AddRange(trailing);
        }

        return words;
    }

    private static List<List<string>> Segments(List<string> words)
    {
        var segments = new List<List<string>> { new() };
        foreach (var word in words)
        {
            if (word == ",")
            {
                segments.Add([]);
            }
            else
            {
                segments[^1].Add(word);
            }
        }

        return [.. segments.Select(AfterPossessive).Select(WithoutDeterminers).Where(s => s.Count > 0)];
    }

    /// <summary>"Changi International Airport" of "Singapore 's Changi International Airport"; a final "'s" is dropped.</summary>
    private static List<string> AfterPossessive(List<string> words)
    {
        var last = words.FindLastIndex(IsPossessive);
        if (last < 0)
        {
            return words;
        }

        if (last == words.Count - 1)
        {
            var kept = words[..last];
            return words[last] is "'s" or "’s" or "'" or "’" ? kept : [.. kept, words[last][..^2]];
        }

        return words[(last + 1)..];
    }

    private static bool IsPossessive(string word) =>
        word is "'s" or "’s" or "'" or "’"
        || (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)));

    private static List<string> WithoutDeterminers(List<string> words)
    {
        var start = 0;
        while (start < words.Count - 1 && Determiners.Contains(words[start]))
        {
            start++;
        }

        return words[start..];
    }

    /// <summary>
    /// The name at the end of the first segment that ends in one ("Airbus" of "European aircraft manufacturer , Airbus");
    /// else the name before trailing lower-case words ("Heathrow" of "Heathrow airport"); else the first segment.
    /// </summary>
    private static List<string> Choose(List<List<string>> segments, EntityType type)
    {
        var clauses = segments.Select(BeforeClause).ToList();
        var endingInName = clauses.Select(s => Cleaned(NameRun(s, dropTrailing: false), type));
        var beforeTrailing = clauses.Select(s => Cleaned(NameRun(s, dropTrailing: type != EntityType.Person), type));
        return endingInName.Concat(beforeTrailing).FirstOrDefault(c => IsAllName(c, type)) ?? (segments.Count > 0 ? segments[0] : []);
    }

    /// <summary>"Moscone Center" of "Moscone Center in San Francisco": a preposition or relative word after a name starts a clause.</summary>
    private static List<string> BeforeClause(List<string> words)
    {
        for (var i = 1; i < words.Count; i++)
        {
            if (ClauseWords.Contains(words[i]) && IsNameWord(words[i - 1]))
            {
                return words[..i];
            }
        }

        return words;
    }

    private static List<string> Cleaned(List<string> words, EntityType type) => type == EntityType.Person ? WithoutLeadingTitles(words) : words;

    private static bool IsAllName(List<string> words, EntityType type)
    {
        if (words.Count == 0 || !IsNameWord(words[0]) || !IsNameWord(words[^1]))
        {
            return false;
        }

        return type == EntityType.Person
            ? words.All(w => IsNameWord(w) && !IsTitle(w))
            : words.All(w => IsNameWord(w) || Connectors.Contains(w));
    }

    /// <summary>
    /// The name words after the last description word: "Aeroflot" of "Russian flag carrier Aeroflot"; with
    /// <paramref name="dropTrailing"/>, lower-case words after the name are dropped first ("Heathrow airport").
    /// </summary>
    private static List<string> NameRun(List<string> words, bool dropTrailing)
    {
        var end = words.Count;
        if (dropTrailing)
        {
            while (end > 0 && !IsNameWord(words[end - 1]))
            {
                end--;
            }
        }

        var start = end;
        while (start > 0 && (IsNameWord(words[start - 1]) || (Connectors.Contains(words[start - 1]) && start - 1 > 0 && IsNameWord(words[start - 2]))))
        {
            start--;
        }

        return words[start..end];
    }

    /// <summary>A capitalised word, a word with a digit, or a brand in camel case ("iPod").</summary>
    private static bool IsNameWord(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]) || word.Any(char.IsDigit) || word.Skip(1).Any(char.IsUpper));

    private static bool IsTitle(string word)
    {
        var bare = word.TrimEnd('.');
        return PersonTitles.Contains(bare) || NameLexicon.TitleHeads.Contains(bare) || NameLexicon.TitleModifiers.Contains(bare)
            || NameLexicon.RoleNouns.Contains(bare.ToLowerInvariant());
    }

    /// <summary>"Martin Mann" of "Presiding Judge Martin Mann": titles before the name go, at least one word stays.</summary>
    private static List<string> WithoutLeadingTitles(List<string> words)
    {
        var start = 0;
        while (start < words.Count - 1 && IsTitle(words[start]))
        {
            start++;
        }

        return words[start..];
    }

    private static List<string> WithoutCompanySuffixes(List<string> words)
    {
        var end = words.Count;
        while (end > 1 && CompanySuffixes.Contains(words[end - 1].Replace(".", string.Empty, StringComparison.Ordinal)))
        {
            end--;
        }

        while (end > 1 && Connectors.Contains(words[end - 1]))
        {
            end--;
        }

        return words[..end];
    }
}
