namespace Dossier.Core.Reading;

/// <summary>A file to read: where it is, and how to name it in output (the path as the user gave it).</summary>
public sealed record InputFile(string FullPath, string Source);
