using Dossier.Core.Events;

namespace Dossier.Cli.Eval;

/// <summary>
/// An event-coding validation suite loaded for <c>dossier tag --task events</c> and <c>dossier eval
/// events</c>: its records and the dictionaries to code them with. PETRARCH records (<c>petr</c>):
/// a <c>--dictionaries</c> folder, else the files the suite names, looked for next to it and in
/// <c>../dictionaries</c>, else the verbs/actors/agents/discards files next to it. TABARI
/// (<c>tabari</c>): a <c>.project</c> file, or a records file with the project that names it beside
/// it; the project names the dictionaries (a <c>--dictionaries</c> folder replaces the project's
/// folder when looking for them). <c>auto</c> takes a <c>.project</c> file or a file without
/// <c>&lt;Sentence</c> elements for TABARI.
/// </summary>
internal sealed record EventSuite(IReadOnlyList<CodingRecord> Records, EventDictionaries Dictionaries)
{
    public static IReadOnlyList<string> Formats { get; } = ["auto", "petr", "tabari"];

    /// <summary>The suite, or null with the reason written to <paramref name="error"/>.</summary>
    public static EventSuite? Load(string file, string format, string? dictionaryFolder, TextWriter error, string command)
    {
        try
        {
            var kind = format == "auto" ? Detect(file) : format;
            var suite = kind == "tabari"
                ? LoadTabari(file, dictionaryFolder, error, command)
                : LoadPetr(file, dictionaryFolder, error, command);
            if (suite is { Records.Count: 0 })
            {
                // An empty or binary file reads as no records: say so rather than score nothing.
                error.WriteLine($"{command}: {file}: no {(kind == "tabari" ? "TABARI" : "PETRARCH")} records found");
                return null;
            }

            return suite;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{command}: {file}: {e.Message}");
            return null;
        }
    }

    private static string Detect(string file)
    {
        if (file.EndsWith(".project", StringComparison.OrdinalIgnoreCase))
        {
            return "tabari";
        }

        using var reader = new StreamReader(file);
        var head = new char[64 * 1024];
        var read = reader.ReadBlock(head, 0, head.Length);
        return new string(head, 0, read).Contains("<Sentence", StringComparison.Ordinal) ? "petr" : "tabari";
    }

    private static EventSuite? LoadTabari(string file, string? dictionaryFolder, TextWriter error, string command)
    {
        var project = file.EndsWith(".project", StringComparison.OrdinalIgnoreCase) ? TabariProject.ReadFile(file) : TabariProject.ForText(file);
        if (project is null)
        {
            error.WriteLine($"{command}: no TABARI .project file beside {file} names it as its <textfile>");
            return null;
        }

        string? InFolder(string? path)
        {
            if (path is null || dictionaryFolder is null)
            {
                return path;
            }

            var moved = Path.Combine(dictionaryFolder, Path.GetFileName(path));
            return File.Exists(moved) ? moved : null;
        }

        var verbs = InFolder(project.Verbs);
        var actors = InFolder(project.Actors);
        var text = file.EndsWith(".project", StringComparison.OrdinalIgnoreCase) ? project.Text : file;
        if (verbs is null || actors is null || text is null)
        {
            error.WriteLine($"{command}: {project.Path} does not name verbs, actors and text files that exist");
            return null;
        }

        IEnumerable<string> options = project.Options is null ? [] : File.ReadLines(project.Options);
        var records = TabariRecordReader.ReadFile(text, options);
        return new EventSuite(records, EventDictionaries.LoadTabari(verbs, [actors], InFolder(project.Agents)));
    }

    private static EventSuite? LoadPetr(string file, string? dictionaryFolder, TextWriter error, string command)
    {
        var (records, named) = PetrRecordReader.ReadFile(file);
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var places = dictionaryFolder is not null ? [dictionaryFolder] : new[] { folder, Path.Combine(folder, "..", "dictionaries") };
        var verbs = Find(named.Verbs, places, "*verbs*");
        if (verbs is null)
        {
            error.WriteLine($"{command}: no verb dictionary for {file} (give --dictionaries DIR)");
            return null;
        }

        var actors = named.Actors.Select(a => Find(a, places, "*actors*")).OfType<string>().ToList();
        if (actors.Count == 0)
        {
            actors = [.. places.Where(Directory.Exists).SelectMany(p => Directory.EnumerateFiles(p, "*actors*")).Order(StringComparer.Ordinal)];
        }

        var dictionaries = EventDictionaries.Load(verbs, actors, Find(named.Agents, places, "*agents*"), Find(named.Discards, places, "*discards*"), keepJointActorCodes: named.KeepJointActorCodes, ontologyPath: named.Ontology is null ? null : Find(named.Ontology, places, "*Ontology*"));
        return new EventSuite(records, dictionaries);
    }

    private static string? Find(string? named, IEnumerable<string> places, string pattern)
    {
        foreach (var place in places.Where(Directory.Exists))
        {
            if (named is not null)
            {
                var path = Path.Combine(place, named);
                if (File.Exists(path))
                {
                    return Path.GetFullPath(path);
                }
            }
        }

        if (named is not null)
        {
            return null;
        }

        return places.Where(Directory.Exists)
            .SelectMany(p => Directory.EnumerateFiles(p, pattern))
            .Order(StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
