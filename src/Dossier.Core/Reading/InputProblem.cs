using Dossier.Core.Model;

namespace Dossier.Core.Reading;

/// <summary>An input (file, or record within a file) that could not be read, and why.</summary>
public sealed record InputProblem(string Source, string Code, string Message)
{
    public static InputProblem From(string source, Diagnostic diagnostic) => new(source, diagnostic.Code, diagnostic.Message);

    public override string ToString() => $"{Source}: {Message} ({Code})";
}
