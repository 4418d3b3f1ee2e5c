namespace Dossier.Core.Pipeline;

/// <summary>
/// Collects steps and builds an immutable <see cref="DossierPipeline"/>. The order of steps is the
/// order they are added in; <see cref="Build"/> checks that every step's required layers are
/// produced by an earlier step, so a wrong order fails here rather than halfway through a corpus.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentStep> _documentSteps = [];
    private readonly List<ICorpusStep> _corpusSteps = [];

    public IReadOnlyList<IDocumentStep> DocumentSteps => _documentSteps;

    public IReadOnlyList<ICorpusStep> CorpusSteps => _corpusSteps;

    public PipelineBuilder Add(IDocumentStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _documentSteps.Add(step);
        return this;
    }

    public PipelineBuilder Add(ICorpusStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _corpusSteps.Add(step);
        return this;
    }

    /// <summary>Inserts <paramref name="step"/> before the first document step of type <typeparamref name="T"/>.</summary>
    public PipelineBuilder InsertBefore<T>(IDocumentStep step)
        where T : IDocumentStep
    {
        ArgumentNullException.ThrowIfNull(step);
        var index = _documentSteps.FindIndex(s => s is T);
        if (index < 0)
        {
            throw new PipelineConfigurationException($"Cannot insert '{step.Name}' before {typeof(T).Name}: the pipeline has no such step.");
        }

        _documentSteps.Insert(index, step);
        return this;
    }

    /// <summary>Removes every step of type <typeparamref name="T"/>.</summary>
    public PipelineBuilder Remove<T>()
        where T : IPipelineStep
    {
        _documentSteps.RemoveAll(s => s is T);
        _corpusSteps.RemoveAll(s => s is T);
        return this;
    }

    public DossierPipeline Build()
    {
        var available = new HashSet<Layer>();
        var producers = AllProducers();
        foreach (var step in _documentSteps)
        {
            Check(step, available, producers);
            available.UnionWith(step.Produces);
        }

        foreach (var step in _corpusSteps)
        {
            Check(step, available, producers);
            available.UnionWith(step.Produces);
        }

        return new DossierPipeline([.. _documentSteps], [.. _corpusSteps]);
    }

    private Dictionary<Layer, IPipelineStep> AllProducers()
    {
        var producers = new Dictionary<Layer, IPipelineStep>();
        foreach (var step in _documentSteps.Cast<IPipelineStep>().Concat(_corpusSteps))
        {
            foreach (var layer in step.Produces)
            {
                producers.TryAdd(layer, step);
            }
        }

        return producers;
    }

    private static void Check(IPipelineStep step, HashSet<Layer> available, Dictionary<Layer, IPipelineStep> producers)
    {
        foreach (var layer in step.Requires.Where(l => !available.Contains(l)).Order())
        {
            var fix = !producers.TryGetValue(layer, out var producer)
                ? $"No step produces it: add one that does before '{step.Name}'."
                : step is IDocumentStep && producer is ICorpusStep
                    ? $"'{producer.Name}' produces it, but it is a corpus step and corpus steps run after every document step."
                    : $"'{producer.Name}' produces it but runs later: add '{producer.Name}' before '{step.Name}'.";
            throw new PipelineConfigurationException($"Step '{step.Name}' requires the layer '{layer}', which no earlier step produces. {fix}");
        }
    }
}
