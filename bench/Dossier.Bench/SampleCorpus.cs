using Dossier.Core.Model;
using Dossier.Core.Reading;

namespace Dossier.Bench;

/// <summary>The bundled sample articles, read once into memory so benchmarks time analysis only.</summary>
internal static class SampleCorpus
{
    public static IReadOnlyList<RawDocument> Load()
    {
        var samples = FindSamples();
        var reader = new DocumentReader();
        return [.. InputCollector.Collect([samples]).Files.SelectMany(f => reader.Read(f).Documents)];
    }

    private static string FindSamples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples", "summit-2019");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("samples/summit-2019 not found above " + AppContext.BaseDirectory);
    }
}
