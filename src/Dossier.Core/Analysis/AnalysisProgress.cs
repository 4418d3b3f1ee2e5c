namespace Dossier.Core.Analysis;

/// <summary>Reported after each input file is read and after each document is analysed.</summary>
/// <param name="FilesTotal">The number of files the run will read.</param>
public readonly record struct AnalysisProgress(int FilesTotal, int FilesRead, int DocumentsAnalysed, string? Current);
