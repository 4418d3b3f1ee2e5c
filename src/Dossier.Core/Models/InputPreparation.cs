namespace Dossier.Core.Models;

/// <summary>Turns a document's words (and tags a task reads) into the inputs of a model's features.</summary>
internal static class InputPreparation
{
    public static SentenceInput[] Prepare(
        SequenceModel model,
        IReadOnlyList<IReadOnlyList<string>> sentences,
        IReadOnlyList<IReadOnlyList<string>>? partsOfSpeech,
        LabelLexicon? lexicon = null)
    {
        // Training passes a lexicon built without the document's fold in place of the model's.
        lexicon ??= model.Lexicon;
        var inputs = new SentenceInput[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var input = new SentenceInput(sentences[s]);
            if (model.Task == ModelTask.Chunk)
            {
                var tags = partsOfSpeech?[s] ?? throw new ArgumentException("The chunker needs part-of-speech tags.", nameof(partsOfSpeech));
                input.PartsOfSpeech = [.. tags.Select(t => FeatureHash.Exact(t))];
            }

            if (model.Task == ModelTask.Entity && model.Gazetteer is { } gazetteer)
            {
                input.GazetteerMatches = gazetteer.Match(input);
            }

            if (model.Clusters is { } clusters)
            {
                var classes = new ulong[input.Length];
                for (var i = 0; i < classes.Length; i++)
                {
                    classes[i] = clusters.Lookup(input.Normalized[i]);
                }

                input.Clusters = classes;
            }

            if (lexicon is not null)
            {
                var codes = new uint[input.Length];
                for (var i = 0; i < codes.Length; i++)
                {
                    codes[i] = lexicon.Lookup(input.Normalized[i]);
                }

                input.Lexicon = codes;
            }

            inputs[s] = input;
        }

        if (model.Task == ModelTask.Entity)
        {
            DocumentContext.Annotate(inputs);
        }

        return inputs;
    }
}
