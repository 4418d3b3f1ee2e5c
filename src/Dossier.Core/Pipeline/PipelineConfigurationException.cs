namespace Dossier.Core.Pipeline;

/// <summary>The pipeline's steps are in an order that cannot work; thrown when it is built, never while it runs.</summary>
public sealed class PipelineConfigurationException : Exception
{
    public PipelineConfigurationException()
    {
    }

    public PipelineConfigurationException(string message)
        : base(message)
    {
    }

    public PipelineConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
