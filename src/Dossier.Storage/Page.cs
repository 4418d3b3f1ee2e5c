namespace Dossier.Storage;

/// <summary>One page of a list and the size of the whole list.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, long Total, int Offset, int Limit);
