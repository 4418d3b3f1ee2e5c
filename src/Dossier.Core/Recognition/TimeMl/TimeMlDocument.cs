namespace Dossier.Core.Recognition.TimeMl;

/// <summary>
/// A TimeML file: the text content of its <c>&lt;TEXT&gt;</c> element with the markup removed,
/// its document creation time, and the gold TIMEX3s inside the text.
/// </summary>
/// <param name="CreationTime">The DCT's <c>value</c> (<c>1998-08-07</c>, <c>1998-03-03T09:55:00</c>), or null when the file has none.</param>
public sealed record TimeMlDocument(string Id, string Text, string? CreationTime, IReadOnlyList<TimeMlTimex> Timexes);

/// <summary>A TIMEX3 with offsets into <see cref="TimeMlDocument.Text"/> (UTF-16, end-exclusive).</summary>
public sealed record TimeMlTimex(int Start, int End, string Text, string Type, string Value);
