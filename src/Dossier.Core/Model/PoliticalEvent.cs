namespace Dossier.Core.Model;

/// <summary>An actor–action–target record coded from one sentence (CAMEO), with the words that produced it.</summary>
/// <param name="Source">The acting entity's mention in the text.</param>
/// <param name="Target">The entity acted upon, when the sentence names one.</param>
public sealed record PoliticalEvent(
    TextSpan Source,
    TextSpan? Target,
    string Cameo,
    int Sentence,
    string Rule,
    string? Date);
