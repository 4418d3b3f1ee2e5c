using Dossier.Core.Reading;

namespace Dossier.Core.Analysis;

/// <summary>What became of one input path or file in a run.</summary>
public sealed record InputReport(string Source, InputStatus Status, IReadOnlyList<string> Documents, IReadOnlyList<InputProblem> Problems);
