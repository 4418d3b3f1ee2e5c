namespace Dossier.Cli.Tag;

/// <summary>One task of <c>dossier tag --task NAME</c>: reads annotated files and prints predictions.</summary>
internal interface ITagTask
{
    /// <summary>The value of <c>--task</c> that selects this task ("ner", "time"…).</summary>
    string Name { get; }

    /// <summary>The values of <c>--format</c> it reads and writes; the first is the default.</summary>
    IReadOnlyList<string> Formats { get; }

    /// <summary>Tags <paramref name="files"/> in <paramref name="format"/> to <paramref name="output"/>; returns the exit code.</summary>
    int Run(IReadOnlyList<string> files, string format, TextWriter output, TextWriter error);
}
