namespace Dossier.Core.Tests.Cleaning;

internal static class SampleFiles
{
    public static string Read(string name) => File.ReadAllText(Path.Combine(RepoRoot(), "samples", "summit-2019", name));

    private static string RepoRoot()
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
