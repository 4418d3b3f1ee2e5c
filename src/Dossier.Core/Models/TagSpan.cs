namespace Dossier.Core.Models;

/// <summary>A chunk or named entity over tokens [Start, End) of a sentence, with its type ("PER", "NP").</summary>
public readonly record struct TagSpan(int Start, int End, string Type);
