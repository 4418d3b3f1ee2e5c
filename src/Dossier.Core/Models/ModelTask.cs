namespace Dossier.Core.Models;

/// <summary>What a sequence model tags; it selects the feature templates and the decoder.</summary>
public enum ModelTask
{
    PartOfSpeech = 1,
    Chunk = 2,
    Entity = 3,
}
