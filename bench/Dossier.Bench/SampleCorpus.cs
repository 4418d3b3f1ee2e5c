using Dossier.Core.Model;
using Dossier.Core.Reading;

namespace Dossier.Bench;

/// <summary>The bundled sample articles, read once into memory so benchmarks time analysis only.</summary>
internal static class SampleCorpus
{
    public static IReadOnlyList<RawDocument> Load()
    {
        var samples = BenchPaths.SamplesFolder();
        var reader = new DocumentReader();
        return [.. InputCollector.Collect([samples]).Files.SelectMany(f => reader.Read(f).Documents)];
    }
}
