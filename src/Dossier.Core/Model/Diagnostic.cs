namespace Dossier.Core.Model;

/// <summary>A problem met while handling one input, with a stable code (see docs/diagnostics.md).</summary>
public sealed record Diagnostic(string Code, string Message)
{
    public override string ToString() => $"{Message} ({Code})";
}
