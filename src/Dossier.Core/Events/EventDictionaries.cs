using System.IO.Compression;
using System.Reflection;
using Dossier.Core.Actors;

namespace Dossier.Core.Events;

/// <summary>
/// The dictionaries an event coder works with: verb patterns, actors with their agents, and the
/// discard list. <see cref="Default"/> is the Phoenix set shipped in this assembly (CAMEO.2.0 verbs,
/// Phoenix agents and discards, MIT, Open Event Data Alliance) over <see cref="ActorCatalog.Default"/>;
/// <see cref="Load"/> reads a set of PETRARCH files, such as a validation suite's own, and
/// <see cref="LoadTabari"/> a set of TABARI files.
/// </summary>
public sealed class EventDictionaries(VerbLexicon verbs, ActorLexicon actors, DiscardList discards)
{
    private static readonly Lazy<EventDictionaries> Embedded = new(LoadEmbedded);

    public static EventDictionaries Default => Embedded.Value;

    public VerbLexicon Verbs { get; } = verbs;

    public ActorLexicon Actors { get; } = actors;

    public DiscardList Discards { get; } = discards;

    /// <summary>
    /// Whether an actor code naming several actors ("FRO/BIL/SAM") stays one code, as UD-PETRARCH
    /// writes it; PETRARCH-2 (and Dossier) code each actor on its own.
    /// </summary>
    public bool KeepJointActorCodes { get; init; }

    /// <summary>
    /// Whether sentences are read as TABARI reads them, with no tagger or parse: a word of the verb dictionary
    /// is a verb wherever it stands (<see cref="DictionaryVerbTags"/>), and a pattern's words are looked for
    /// as a sequence of words, across "of" ("resumption of diplomatic ties" matches <c>RESUM - * TIES</c>);
    /// PETRARCH reads a parse, where a phrase after "of" belongs to another noun.
    /// </summary>
    public bool TabariSyntax { get; init; }

    /// <summary>UD-PETRARCH's coding ontology, when the suite names one: negated events are coded as it says.</summary>
    public CodingOntology? Ontology { get; init; }

    /// <summary>The catalog that resolves named-entity mentions the lexicon missed; null for file dictionaries.</summary>
    public ActorCatalog? Catalog { get; init; }

    /// <summary>Reads the given PETRARCH dictionary files (any may be null except the verbs).</summary>
    public static EventDictionaries Load(string verbsPath, IEnumerable<string> actorPaths, string? agentsPath, string? discardsPath, ICollection<string>? problems = null, bool keepJointActorCodes = false, string? ontologyPath = null)
    {
        ArgumentNullException.ThrowIfNull(actorPaths);
        var verbs = VerbLexiconReader.ReadFile(verbsPath, problems);
        var actors = new List<ActorRecord>();
        foreach (var path in actorPaths)
        {
            using var reader = new StreamReader(path);
            actors.AddRange(PhoenixActorReader.Read(reader, problems, blanksMayHoldWords: true));
        }

        IReadOnlyList<AgentRecord> agents = [];
        if (agentsPath is not null)
        {
            using var reader = new StreamReader(agentsPath);
            agents = PhoenixAgentReader.Read(reader, problems);
        }

        var discards = DiscardList.Empty;
        if (discardsPath is not null)
        {
            using var reader = new StreamReader(discardsPath);
            discards = DiscardList.Read(reader);
        }

        CodingOntology? ontology = null;
        if (ontologyPath is not null)
        {
            using var reader = new StreamReader(ontologyPath);
            ontology = CodingOntology.Read(reader);
        }

        return new EventDictionaries(verbs, ActorLexicon.From(actors, agents), discards) { KeepJointActorCodes = keepJointActorCodes, Ontology = ontology };
    }

    /// <summary>Reads TABARI dictionary files: its verbs (with the discards they hold), actors and agents.</summary>
    public static EventDictionaries LoadTabari(string verbsPath, IEnumerable<string> actorPaths, string? agentsPath, ICollection<string>? problems = null)
    {
        ArgumentNullException.ThrowIfNull(actorPaths);
        var (verbs, discards) = TabariVerbReader.ReadFile(verbsPath, problems);
        var actors = new List<ActorRecord>();
        foreach (var path in actorPaths)
        {
            using var reader = new StreamReader(path);
            actors.AddRange(TabariActorReader.Read(reader, problems));
        }

        IReadOnlyList<AgentRecord> agents = [];
        if (agentsPath is not null)
        {
            using var reader = new StreamReader(agentsPath);
            agents = PhoenixAgentReader.Read(reader, problems);
        }

        return new EventDictionaries(verbs, ActorLexicon.From(actors, agents), discards) { TabariSyntax = true };
    }

    private static EventDictionaries LoadEmbedded()
    {
        using var verbsReader = OpenResource("CAMEO.2.0.txt.gz");
        var verbs = VerbLexiconReader.Read(verbsReader, "CAMEO.2.0.txt");
        using var agentsReader = OpenResource("Phoenix.agents.txt.gz");
        var agents = PhoenixAgentReader.Read(agentsReader);
        using var discardsReader = OpenResource("Phoenix.discards.txt.gz");
        var discards = DiscardList.Read(discardsReader);
        var catalog = ActorCatalog.Default;
        return new EventDictionaries(verbs, ActorLexicon.From(catalog, agents), discards) { Catalog = catalog };
    }

    private static StreamReader OpenResource(string name)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dossier.Core.Events." + name)
            ?? throw new InvalidOperationException($"The event dictionary {name} is not embedded in this build.");
        return new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
    }
}
