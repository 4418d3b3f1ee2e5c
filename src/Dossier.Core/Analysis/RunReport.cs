namespace Dossier.Core.Analysis;

/// <summary>Every input of a run with its outcome, in the order the inputs were given.</summary>
public sealed record RunReport(IReadOnlyList<InputReport> Inputs, TimeSpan Elapsed, IReadOnlyDictionary<string, TimeSpan> StepTimes)
{
    public int Count(InputStatus status) => Inputs.Count(i => i.Status == status);

    public IEnumerable<Reading.InputProblem> Problems => Inputs.SelectMany(i => i.Problems);
}
