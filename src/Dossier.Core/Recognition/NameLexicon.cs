using System.Collections.Frozen;

namespace Dossier.Core.Recognition;

/// <summary>The small built-in word lists that name recognition, resolution and attribution share.</summary>
internal static class NameLexicon
{
    private static readonly StringComparer Exact = StringComparer.Ordinal;

    /// <summary>Capitalised words that start sentences or headings but are not names.</summary>
    public static FrozenSet<string> Stopwords { get; } = Set(
        "A", "An", "The", "This", "That", "These", "Those", "It", "Its", "It's", "He", "She", "They", "We", "I", "You", "His", "Her",
        "Their", "Our", "My", "Your", "There", "Here", "What", "Why", "How", "When", "Where", "Who", "Which", "Will", "Would", "Can",
        "Could", "Should", "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Has", "Have", "Had", "And", "But", "Or", "Nor", "So", "Yet",
        "If", "In", "On", "At", "As", "By", "For", "From", "Of", "To", "With", "Without", "After", "Before", "Since", "Until", "Upon",
        "During", "Under", "Over", "Unlike", "Like", "Among", "Amid", "Despite", "Although", "Though", "While", "Because", "Whether",
        "However", "Given", "Also", "Still", "Now", "Then", "Thus", "Therefore", "Meanwhile", "Moreover", "Furthermore", "Nonetheless",
        "Nevertheless", "Instead", "Indeed", "Certainly", "Undoubtedly", "Unfortunately", "Fortunately", "Recently", "Similarly",
        "Considering", "According", "Based", "Apart", "Another", "Other", "Others", "Some", "Many", "Most", "All", "Both", "Each",
        "Every", "No", "Not", "One", "Two", "Three", "First", "Second", "Third", "Such", "Maybe", "Perhaps", "Yes",
        "Source", "Sources", "Editor's", "Related", "Updated", "Copyright", "Leave", "Opinions", "Officials", "Analysts", "Experts",
        "People", "Reports", "Interesting", "Note", "Around", "About", "Almost", "Nearly", "Even", "Just", "Only", "Very", "Later", "Earlier", "Today", "Yesterday", "Tomorrow", "Last", "Next");

    public static FrozenSet<string> Months { get; } = Set(
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Feb", "Apr", "Aug", "Sept", "Oct", "Nov", "Dec",
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    /// <summary>Nationality adjectives: part of a title ("Russian President"), never a name on their own.</summary>
    public static FrozenSet<string> Demonyms { get; } = Set(
        "Russian", "Russians", "Chinese", "Korean", "Koreans", "North Korean", "North Koreans", "South Korean", "South Koreans",
        "American", "Americans", "North", "South", "Japanese", "Vietnamese", "Western", "Soviet", "Northeastern", "Asian", "European");

    /// <summary>Words that end a title ("Foreign Minister"); a name right after one is a person.</summary>
    public static FrozenSet<string> TitleHeads { get; } = Set(
        "President", "Minister", "Chairman", "Chairwoman", "Premier", "Secretary", "Ambassador", "Senator", "General", "Leader",
        "Chancellor", "King", "Queen", "Envoy", "Spokesman", "Spokeswoman", "Spokesperson", "Mr", "Mrs", "Ms", "Dr", "Prof",
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Director", "Aide", "Governor", "Mayor", "Professor");

    /// <summary>Words that may precede a title head inside a title ("Foreign Minister", "Vice President").</summary>
    public static FrozenSet<string> TitleModifiers { get; } = Set(
        "Foreign", "Prime", "Vice", "Deputy", "Defense", "Defence", "Supreme", "Special", "Chief", "Former", "Acting", "Trade");

    /// <summary>Lower-case role words; one right before a name marks a person ("leader Kim Jong Un").</summary>
    public static FrozenSet<string> RoleNouns { get; } = Set(
        "leader", "president", "minister", "chairman", "spokesperson", "spokesman", "spokeswoman", "aide", "envoy", "ambassador",
        "official", "analyst", "professor", "scholar", "director", "adviser", "advisor", "diplomat", "secretary", "researcher",
        "fellow", "expert", "source", "general", "premier", "editor", "reporter", "correspondent");

    /// <summary>Verbs of speaking; one right before or after a name marks a person.</summary>
    public static FrozenSet<string> SpeechVerbs { get; } = Set(
        "said", "says", "say", "told", "tells", "added", "asked", "explained", "stated", "noted", "claimed", "claims", "warned",
        "insisted", "termed", "argued", "stressed", "wrote");

    public static FrozenDictionary<string, string> CountryCodes { get; } = new Dictionary<string, string>(Exact)
    {
        ["Russia"] = "RUS",
        ["Russian Federation"] = "RUS",
        ["North Korea"] = "PRK",
        ["DPRK"] = "PRK",
        ["Democratic People's Republic of Korea"] = "PRK",
        ["South Korea"] = "KOR",
        ["ROK"] = "KOR",
        ["Republic of Korea"] = "KOR",
        ["United States"] = "USA",
        ["US"] = "USA",
        ["U.S."] = "USA",
        ["USA"] = "USA",
        ["China"] = "CHN",
        ["Vietnam"] = "VNM",
        ["Japan"] = "JPN",
        ["Syria"] = "SYR",
        ["Venezuela"] = "VEN",
        ["Libya"] = "LBY",
        ["Korea"] = "KOR",
    }.ToFrozenDictionary(Exact);

    public static FrozenSet<string> Places { get; } = Set(
        "Pyongyang", "Moscow", "Vladivostok", "Khasan", "Hanoi", "Beijing", "Seoul", "Washington", "Singapore", "Osaka", "Chongjin",
        "Tokyo", "Europe", "Asia", "Northeast Asia", "Korean Peninsula", "Peninsula", "Russian Far East", "Far East", "Siberia");

    /// <summary>Words that make a name an organisation; connectors ("of", "for") may follow them inside the name.</summary>
    public static FrozenSet<string> OrganizationHeads { get; } = Set(
        "University", "Institute", "Ministry", "Committee", "Council", "Agency", "News", "Party", "Kremlin", "UN", "School",
        "Forum", "Army", "Navy", "Journal", "Times", "Post", "Group", "Association", "Bank", "Company", "Corporation", "Commission",
        "Department", "Office", "Organization", "Organisation", "Union", "Federation", "Assembly", "Parliament", "Congress",
        "Government", "Center", "Centre", "Foundation", "Studies", "Press", "Service", "Palace", "Republic", "Court", "Senate");

    public static FrozenSet<string> Organizations { get; } = Set(
        "Kremlin", "UN", "U.N.", "KCNA", "CGTN", "Reuters", "Al Jazeera", "AlJazeera", "Hankyoreh", "VCG", "NATO", "EU", "G20", "Xinhua",
        "Yonhap", "Pentagon", "White House");

    /// <summary>Lower-case words allowed inside an organisation name.</summary>
    public static FrozenSet<string> Connectors { get; } = Set("of", "for", "and", "the", "de");

    /// <summary>Family names written first (Korean, Chinese): "Kim" in "Kim Jong Un".</summary>
    public static FrozenSet<string> FamilyFirstNames { get; } = Set(
        "Kim", "Ri", "Lee", "Moon", "Cho", "Koo", "Yang", "Jeong", "Park", "Choi", "Chung", "Jung", "Kang", "Yoon", "Han", "Shin",
        "Xi", "Xu", "Li", "Wang", "Zhang", "Cheng", "Liu", "Chen", "Hu", "Wen", "Abe");

    public static FrozenSet<string> GivenNames { get; } = Set(
        "Vladimir", "Donald", "Sergey", "Sergei", "Maria", "Dmitry", "Dmitri", "Yuri", "Andrey", "Andrei", "Konstantin", "Georgy",
        "Stephen", "Mike", "Michael", "John", "Barack", "Hillary", "Shinzo", "Bobby", "David", "Nikolai", "Alexander", "Mikhail",
        "Boris", "Joe", "Kim", "Xi");

    /// <summary>Surnames well enough known to stand alone as a person.</summary>
    public static FrozenSet<string> KnownSurnames { get; } = Set(
        "Putin", "Trump", "Xi", "Kim", "Lavrov", "Moon", "Abe", "Pompeo", "Bolton", "Biegun", "Peskov", "Ushakov", "Obama", "Medvedev");

    public static bool IsCountry(string name) => CountryCodes.ContainsKey(name);

    public static bool IsPlace(string name) => Places.Contains(name);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(Exact);
}
