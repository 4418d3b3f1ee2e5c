namespace Dossier.Core.Models;

/// <summary>Tags the sentences of a document with a <see cref="SequenceModel"/>. Safe to share between threads.</summary>
public sealed class SequenceTagger(SequenceModel model)
{
    public SequenceModel Model { get; } = model;

    /// <summary>
    /// The tags of each sentence of one document (entity features look at the whole document).
    /// The chunker also needs <paramref name="partsOfSpeech"/>, one tag per word.
    /// </summary>
    public string[][] TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences, IReadOnlyList<IReadOnlyList<string>>? partsOfSpeech = null)
    {
        var inputs = InputPreparation.Prepare(Model, sentences, partsOfSpeech);
        var result = new string[inputs.Length][];
        for (var s = 0; s < inputs.Length; s++)
        {
            var features = FeatureMatrix.Extract(Model.Task, inputs[s], Model.RowMask);
            var tags = Model.Decode(inputs[s], features);
            result[s] = Model.TagNames(tags);
        }

        return result;
    }

    /// <summary>The tags of one sentence taken on its own.</summary>
    public string[] Tag(IReadOnlyList<string> words, IReadOnlyList<string>? partsOfSpeech = null) =>
        TagDocument([words], partsOfSpeech is null ? null : [partsOfSpeech])[0];
}
