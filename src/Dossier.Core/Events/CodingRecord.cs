namespace Dossier.Core.Events;

/// <summary>
/// A sentence of an event-coding validation suite with the codings it expects; an empty list means
/// that no event should be coded.
/// </summary>
/// <param name="Evaluate">False when the suite marks the record as not to be evaluated.</param>
/// <param name="SkipReason">Why the record is not evaluated, when the reader can say more than <see cref="Evaluate"/>.</param>
/// <param name="Options">The coder's settings for this record, when the suite changes them (null: <see cref="CodingOptions.Default"/>).</param>
/// <param name="UnbalancedParse">
/// The record's Treebank parse does not close every bracket it opens: PETRARCH rejects such input
/// (<c>bad_input_parse</c>) and codes nothing, even though the coder here does not read the parse.
/// </param>
public sealed record CodingRecord(string Id, string Category, DateOnly? Date, string Text, IReadOnlyList<ExpectedCoding> Expected, bool Evaluate = true, string? SkipReason = null, CodingOptions? Options = null, bool UnbalancedParse = false)
{
    public CodingOptions Coding => Options ?? CodingOptions.Default;
}
