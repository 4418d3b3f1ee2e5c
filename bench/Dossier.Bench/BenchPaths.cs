namespace Dossier.Bench;

/// <summary>Where the benchmarks find the repository's samples and the optional ../shared/data folder.</summary>
internal static class BenchPaths
{
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }

    public static string SamplesFolder() => Path.Combine(RepositoryRoot(), "samples", "summit-2019");

    /// <summary>A file or folder under <c>shared/data</c> beside the repository or above it, or null when absent.</summary>
    public static string? SharedData(string relative)
    {
        for (var dir = Directory.GetParent(RepositoryRoot()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
