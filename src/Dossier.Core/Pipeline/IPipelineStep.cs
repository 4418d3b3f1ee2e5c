namespace Dossier.Core.Pipeline;

/// <summary>A step of the pipeline. Implementations are immutable and thread-safe once constructed.</summary>
public interface IPipelineStep
{
    /// <summary>The name shown in errors, progress and timings.</summary>
    string Name { get; }

    IReadOnlySet<Layer> Requires { get; }

    IReadOnlySet<Layer> Produces { get; }
}
