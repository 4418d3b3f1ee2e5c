namespace Dossier.Core.Models;

/// <summary>A sentence with its features extracted once and its gold tags as tag numbers.</summary>
internal sealed record TrainingSentence(SentenceInput Input, FeatureMatrix Features, int[] Gold);
