namespace Dossier.Core.Model;

/// <summary>Metadata that came with the input itself (fields of a JSON record), trusted over what cleaning infers.</summary>
public sealed record RecordHints(string? Title = null, string? Url = null, string? Published = null, string? Outlet = null)
{
    public static RecordHints None { get; } = new();
}
