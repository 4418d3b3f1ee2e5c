namespace Dossier.Core.Pipeline;

/// <summary>Shorthand for the layer sets steps declare.</summary>
public static class Layers
{
    public static IReadOnlySet<Layer> None { get; } = new HashSet<Layer>();

    public static IReadOnlySet<Layer> Of(params Layer[] layers) => new HashSet<Layer>(layers);
}
