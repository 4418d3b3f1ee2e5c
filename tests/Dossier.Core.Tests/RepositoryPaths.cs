namespace Dossier.Core.Tests;

/// <summary>Finds the repository root (the folder holding Dossier.slnx), its sample articles, and the shared data beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "summit-2019");

    /// <summary>The text of the sample article whose file name starts with <paramref name="prefix"/> ("000", or the whole name).</summary>
    public static string ReadSample(string prefix) =>
        File.ReadAllText(Directory.GetFiles(Samples, prefix + "*").Single());

    /// <summary>
    /// A file of the team's shared data (<c>../shared/data/RELATIVE</c> beside the repository, or
    /// beside a folder above it for clones kept deeper), or null when it is not there.
    /// </summary>
    public static string? SharedDataFile(string relative)
    {
        for (var dir = Directory.GetParent(Root); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", relative);
            if (File.Exists(candidate) || Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }
}
