using Dossier.Core.Events;

namespace Dossier.Cli.Eval;

/// <summary>
/// An event-coding validation suite loaded for <c>dossier tag --task events</c> and <c>dossier eval
/// events</c>: its records and the dictionaries to code them with (a <c>--dictionaries</c> folder,
/// else the files the suite names, looked for next to it and in <c>../dictionaries</c>, else the
/// verbs/actors/agents/discards files next to it, as PETRARCH and TABARI do).
/// </summary>
internal sealed record EventSuite(IReadOnlyList<CodingRecord> Records, EventDictionaries Dictionaries)
{
    public static IReadOnlyList<string> Formats { get; } = ["petr"];

    /// <summary>The suite, or null with the reason written to <paramref name="error"/>.</summary>
    public static EventSuite? Load(string file, string format, string? dictionaryFolder, TextWriter error, string command)
    {
        try
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

            var dictionaries = EventDictionaries.Load(verbs, actors, Find(named.Agents, places, "*agents*"), Find(named.Discards, places, "*discards*"), keepJointActorCodes: named.KeepJointActorCodes);
            return new EventSuite(records, dictionaries);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"{command}: {file}: {e.Message}");
            return null;
        }
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
