namespace Dossier.Core.Tests;

/// <summary>Finds the repository root (the folder holding Dossier.slnx) and the shared data beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples", "summit-2019");

    /// <summary>The team's shared data folder (<c>../shared/data</c>), or null when it is not there.</summary>
    public static string? SharedData =>
        Path.Combine(Root, "..", "shared", "data") is var path && Directory.Exists(path) ? Path.GetFullPath(path) : null;

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
