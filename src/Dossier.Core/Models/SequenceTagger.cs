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
        var features = new FeatureMatrix[inputs.Length];
        if (Model.FirstPass is { } firstPass)
        {
            // The second pass reads every first-pass feature plus the priors the first pass yields.
            var firstTags = new string[inputs.Length][];
            for (var s = 0; s < inputs.Length; s++)
            {
                features[s] = FeatureMatrix.Extract(firstPass.Task, inputs[s], firstPass.RowMask);
                firstTags[s] = firstPass.TagNames(firstPass.Decode(inputs[s], features[s]));
            }

            DocumentPriors.Annotate(inputs, firstTags);
            var shared = firstPass.Task == Model.Task && firstPass.RowMask == Model.RowMask;
            for (var s = 0; s < inputs.Length; s++)
            {
                features[s] = shared
                    ? features[s].WithPriors(inputs[s], Model.RowMask)
                    : FeatureMatrix.Extract(Model.Task, inputs[s], Model.RowMask);
            }
        }
        else
        {
            for (var s = 0; s < inputs.Length; s++)
            {
                features[s] = FeatureMatrix.Extract(Model.Task, inputs[s], Model.RowMask);
            }
        }

        var result = new string[inputs.Length][];
        for (var s = 0; s < inputs.Length; s++)
        {
            result[s] = Model.TagNames(Model.Decode(inputs[s], features[s]));
        }

        return result;
    }

    /// <summary>The tags of one sentence taken on its own.</summary>
    public string[] Tag(IReadOnlyList<string> words, IReadOnlyList<string>? partsOfSpeech = null) =>
        TagDocument([words], partsOfSpeech is null ? null : [partsOfSpeech])[0];
}
