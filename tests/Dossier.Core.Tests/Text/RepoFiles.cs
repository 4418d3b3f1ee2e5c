namespace Dossier.Core.Tests.Text;

/// <summary>Finds files of the repository from the test binaries' folder.</summary>
internal static class RepoFiles
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }
}
