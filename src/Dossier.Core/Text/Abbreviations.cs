using System.Collections.Frozen;

namespace Dossier.Core.Text;

/// <summary>The word lists the tokenizer and sentence splitter share.</summary>
internal static class Abbreviations
{
    /// <summary>How an abbreviation behaves before the next word.</summary>
    internal enum Role
    {
        /// <summary>Precedes a name or number (Mr., Gen., Apr., No.): never ends a sentence.</summary>
        Leading,

        /// <summary>Commonly ends a sentence (Inc., Jr., etc.): ends one before a clear sentence opener.</summary>
        Trailing,
    }

    // Matched case-sensitively: many are ordinary words in lower case (gen, rep, sun, mar).
    private static readonly string[] LeadingCapitalised =
    [
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Pres", "Lt", "Col", "Capt", "Cpt", "Sgt", "Cpl",
        "Adm", "Maj", "Brig", "Cmdr", "Rev", "Hon", "Fr", "Messrs", "Mme", "Mlle", "Supt", "Insp", "Amb", "Atty", "Sec",
        "St", "Mt", "Ft", "Pt", "Ave", "Blvd", "Rd", "Hwy", "Fig", "Vol",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
    ];

    private static readonly string[] LeadingAnyCase =
    [
        "vs", "v", "approx", "cf", "p", "pp", "para", "ca", "viz", "st", "mt", "ft", "nos", "figs", "vols", "ed", "eds",
        "est", "e.g", "i.e", "rs",
    ];

    private static readonly string[] TrailingAnyCase =
    [
        "etc", "Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "al", "Plc", "LLC", "Assn", "Dept", "Univ",
    ];

    /// <summary>Capitalised words that usually open a sentence rather than continue a name.</summary>
    private static readonly string[] OpenerWords =
    [
        "A", "An", "The", "This", "That", "These", "Those", "There", "Then", "Thus", "Therefore",
        "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "My", "Your",
        "In", "On", "At", "By", "For", "From", "With", "Without", "After", "Before", "During", "Under", "Over",
        "But", "And", "Or", "So", "Yet", "Still", "Also", "However", "Meanwhile", "Moreover", "Instead", "Nevertheless",
        "If", "When", "While", "Where", "Why", "What", "Who", "Whom", "Which", "How", "Although", "Though", "Because",
        "Since", "As", "Despite", "According", "Asked", "Both", "Some", "Many", "Most", "Several", "All", "Each", "Every",
        "No", "Not", "Now", "Later", "Earlier", "Last", "Next", "Today", "Yesterday", "Tomorrow", "Such", "Other", "Others",
        "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Can", "Could", "Will", "Would", "Should", "Has", "Have", "Had",
        "Let", "Please", "One", "Two", "Three", "Officials", "Analysts", "Experts", "Millions", "Being", "More",
    ];

    private static readonly FrozenSet<string> LeadingCapitalisedSet = LeadingCapitalised.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> LeadingAnyCaseSet = LeadingAnyCase.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> TrailingAnyCaseSet = TrailingAnyCase.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly FrozenSet<string> OpenerSet = OpenerWords.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingInCapitalsLookup =
        LeadingCapitalised.Select(a => a.ToUpperInvariant()).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingCapitalisedLookup =
        LeadingCapitalisedSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingAnyCaseLookup =
        LeadingAnyCaseSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TrailingAnyCaseLookup =
        TrailingAnyCaseSet.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpenerLookup =
        OpenerSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The role of a known abbreviation written without its final period, or null when unknown.</summary>
    internal static Role? Lookup(ReadOnlySpan<char> word)
    {
        if (TrailingAnyCaseLookup.Contains(word))
        {
            return Role.Trailing;
        }

        if (LeadingCapitalisedLookup.Contains(word) || LeadingAnyCaseLookup.Contains(word))
        {
            return Role.Leading;
        }

        return null;
    }

    /// <summary>A leading abbreviation written in capitals ("SEC", "VOL", "FIG"), which leads only before a number.</summary>
    internal static bool IsLeadingInCapitals(ReadOnlySpan<char> word) => word.Length > 1 && LeadingInCapitalsLookup.Contains(word);

    internal static bool IsOpener(ReadOnlySpan<char> word) => OpenerLookup.Contains(word);
}
