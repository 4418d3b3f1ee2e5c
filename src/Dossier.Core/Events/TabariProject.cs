using System.Text.RegularExpressions;

namespace Dossier.Core.Events;

/// <summary>
/// A TABARI project file (<c>Validate.project</c>): the <c>&lt;actorsfile&gt;</c>, <c>&lt;verbsfile&gt;</c>,
/// <c>&lt;agentsfile&gt;</c>, <c>&lt;optionsfile&gt;</c> and <c>&lt;textfile&gt;</c> lines, each
/// resolved against the project's folder (a name that is not there stays null). The session log
/// and the output file names are not read.
/// </summary>
public sealed partial record TabariProject(string Path, string? Actors, string? Verbs, string? Agents, string? Options, string? Text)
{
    public static TabariProject ReadFile(string path)
    {
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path))!;
        var named = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in File.ReadLines(path))
        {
            var match = FileLine().Match(line);
            if (match.Success)
            {
                named.TryAdd(match.Groups["kind"].Value, match.Groups["file"].Value);
            }
        }

        string? Resolve(string kind)
        {
            if (!named.TryGetValue(kind, out var name))
            {
                return null;
            }

            var full = System.IO.Path.Combine(folder, name);
            return File.Exists(full) ? full : null;
        }

        return new TabariProject(path, Resolve("actors"), Resolve("verbs"), Resolve("agents"), Resolve("options"), Resolve("text"));
    }

    /// <summary>The project in <paramref name="folder"/> whose text file is <paramref name="textFile"/>, or null.</summary>
    public static TabariProject? ForText(string textFile)
    {
        var full = System.IO.Path.GetFullPath(textFile);
        var folder = System.IO.Path.GetDirectoryName(full)!;
        return Directory.EnumerateFiles(folder, "*.project")
            .Order(StringComparer.Ordinal)
            .Select(ReadFile)
            .FirstOrDefault(p => p.Text is not null && string.Equals(System.IO.Path.GetFullPath(p.Text), full, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"^\s*<(?<kind>actors|verbs|agents|options|text)file>\s*(?<file>\S+)", RegexOptions.IgnoreCase)]
    private static partial Regex FileLine();
}
