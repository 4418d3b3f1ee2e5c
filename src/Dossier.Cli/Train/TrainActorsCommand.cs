using System.CommandLine;
using Dossier.Core.Actors;

namespace Dossier.Cli.Train;

/// <summary>
/// <c>dossier train actors --data DIR --supplement FILE --out FILE</c>: compiles the Phoenix actor
/// dictionaries (<c>Phoenix.*.actors.txt</c> in DIR) and the project's supplement into the gzip'd actor
/// file that Dossier.Core embeds (<c>src/Dossier.Core/Actors/actors.tsv.gz</c>).
/// </summary>
internal static class TrainActorsCommand
{
    private const string CountriesFile = "Phoenix.Countries.actors.txt";

    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "Folder with the Phoenix *.actors.txt dictionaries.", Required = true };
        var supplement = new Option<string>("--supplement")
        {
            Description = "The project's supplement (default: data/actors/supplement.txt).",
            DefaultValueFactory = _ => Path.Combine("data", "actors", "supplement.txt"),
        };
        var outFile = new Option<string>("--out", "-o") { Description = "The actor file to write (.tsv.gz).", Required = true };
        var command = new Command("actors", "Compile the Phoenix actor dictionaries and the project's supplement into an actor file.")
        {
            data, supplement, outFile,
        };
        command.SetAction(parse => Run(parse.GetValue(data)!, parse.GetValue(supplement)!, parse.GetValue(outFile)!, output, error));
        return command;
    }

    private static int Run(string dataDir, string supplementPath, string outPath, TextWriter output, TextWriter error)
    {
        var files = Directory.Exists(dataDir)
            ? Directory.GetFiles(dataDir, "Phoenix.*.actors.txt").Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
        {
            error.WriteLine($"dossier train actors: no Phoenix.*.actors.txt files in '{dataDir}'.");
            return ExitCodes.Usage;
        }

        if (!File.Exists(supplementPath))
        {
            error.WriteLine($"dossier train actors: no supplement at '{supplementPath}'.");
            return ExitCodes.Usage;
        }

        var problems = new List<string>();
        var records = new List<(bool, ActorRecord)>();
        foreach (var file in files)
        {
            using var reader = new StreamReader(file);
            var isCountries = Path.GetFileName(file) == CountriesFile;
            var fileProblems = new List<string>();
            var read = PhoenixActorReader.Read(reader, fileProblems);
            records.AddRange(read.Select(r => (isCountries, r)));
            problems.AddRange(fileProblems.Select(p => $"{Path.GetFileName(file)} {p}"));
            output.WriteLine($"{Path.GetFileName(file)}: {read.Count} records");
        }

        ActorSupplement extra;
        using (var reader = new StreamReader(supplementPath))
        {
            extra = ActorSupplementReader.Read(reader);
        }

        var catalog = ActorCompiler.Compile(records, extra);
        try
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(outPath));
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
            }

            using var stream = File.Create(outPath);
            ActorFile.Write(catalog, stream);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"dossier train actors: cannot write '{outPath}': {e.Message}");
            return ExitCodes.CannotWrite;
        }

        output.WriteLine($"{supplementPath}: {extra.Actors.Count} actors, {extra.Seats.Count} seats, {extra.Demonyms.Count} nationality words");
        output.WriteLine($"{problems.Count} date restrictions skipped as unreadable{(problems.Count > 0 ? ", e.g. " + problems[0] : string.Empty)}");
        output.WriteLine($"Wrote {catalog.Actors.Count} actors to {outPath} ({new FileInfo(outPath).Length:N0} bytes).");
        return ExitCodes.Success;
    }
}
