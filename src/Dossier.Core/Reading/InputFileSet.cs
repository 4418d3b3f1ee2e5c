namespace Dossier.Core.Reading;

/// <summary>The files that a set of user-given paths expands to, and the paths that could not be used.</summary>
public sealed record InputFileSet(IReadOnlyList<InputFile> Files, IReadOnlyList<InputProblem> Problems);
