namespace Dossier.Core.Reading;

/// <summary>Limits applied while reading inputs; each one hit is reported, never silent.</summary>
public sealed record ReadingOptions
{
    public static ReadingOptions Default { get; } = new();

    /// <summary>Largest input file (and largest decompressed gzip content) accepted, in bytes.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;
}
