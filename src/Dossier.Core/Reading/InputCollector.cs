using Dossier.Core.Model;

namespace Dossier.Core.Reading;

/// <summary>
/// Expands files and directories into the files to read. Directories are walked recursively
/// and only files with a supported extension are taken (hidden files and folders are skipped);
/// a file named explicitly is always read, whatever its extension.
/// </summary>
public static class InputCollector
{
    public static InputFileSet Collect(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<InputFile>();
        var problems = new List<InputProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(files, seen, path, path);
            }
            else if (Directory.Exists(path))
            {
                CollectDirectory(path, files, seen, problems);
            }
            else
            {
                problems.Add(new InputProblem(path, DiagnosticCodes.PathNotFound, "no such file or directory"));
            }
        }

        return new InputFileSet(files, problems);
    }

    private static void CollectDirectory(string root, List<InputFile> files, HashSet<string> seen, List<InputProblem> problems)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            string[] children, subdirectories;
            try
            {
                children = Directory.GetFiles(directory);
                subdirectories = Directory.GetDirectories(directory);
            }
            catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
            {
                problems.Add(new InputProblem(directory, DiagnosticCodes.Unreadable, $"cannot list directory: {ex.Message}"));
                continue;
            }

            Array.Sort(children, StringComparer.Ordinal);
            foreach (var file in children.Where(f => !IsHidden(f) && InputFormats.IsSupported(f)))
            {
                Add(files, seen, file, file);
            }

            Array.Sort(subdirectories, StringComparer.Ordinal);
            foreach (var subdirectory in subdirectories.Where(d => !IsHidden(d)).Reverse())
            {
                pending.Push(subdirectory);
            }
        }
    }

    private static void Add(List<InputFile> files, HashSet<string> seen, string path, string source)
    {
        var full = Path.GetFullPath(path);
        if (seen.Add(full))
        {
            files.Add(new InputFile(full, source));
        }
    }

    private static bool IsHidden(string path) => Path.GetFileName(path).StartsWith('.');
}
