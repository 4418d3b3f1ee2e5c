namespace Dossier.Core.Reading;

/// <summary>What one input file gave: its documents (a JSON Lines file gives several) and its problems.</summary>
public sealed record ReadResult(InputFile File, IReadOnlyList<Model.RawDocument> Documents, IReadOnlyList<InputProblem> Problems);
