namespace Dossier.Core.Events;

/// <summary>A lexicon phrase found at tokens [Start, End) of a sentence.</summary>
public readonly record struct ActorHit(int Start, int End, LexiconEntry Entry);
