using System.Reflection;

namespace Dossier.Core.Models;

/// <summary>
/// The models trained by <c>dossier train</c> and committed in <c>models/</c>, embedded in this
/// assembly so that they load without any data folder. Each loads once, on first use.
/// </summary>
public static class BuiltInModels
{
    private static readonly Lazy<SequenceTagger> PartOfSpeechTagger = new(() => Load("pos.model.gz"));
    private static readonly Lazy<SequenceTagger> ChunkTagger = new(() => Load("chunk.model.gz"));
    private static readonly Lazy<SequenceTagger> EntityTagger = new(() => Load("ner.model.gz"));

    /// <summary>Penn Treebank part-of-speech tags, as in CoNLL-2003.</summary>
    public static SequenceTagger PartOfSpeech => PartOfSpeechTagger.Value;

    /// <summary>BIO phrase chunks (NP, VP, PP…); reads part-of-speech tags.</summary>
    public static SequenceTagger Chunk => ChunkTagger.Value;

    /// <summary>BIO named entities: PER, ORG, LOC, MISC.</summary>
    public static SequenceTagger Entity => EntityTagger.Value;

    /// <summary>The built-in tagger of <paramref name="task"/>.</summary>
    public static SequenceTagger For(ModelTask task) => task switch
    {
        ModelTask.PartOfSpeech => PartOfSpeech,
        ModelTask.Chunk => Chunk,
        _ => Entity,
    };

    private static SequenceTagger Load(string name)
    {
        var resource = "Dossier.Models." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The model {name} is not embedded in this build (models/{name} is missing).");
        return new SequenceTagger(ModelFile.Load(stream));
    }
}
