namespace Dossier.Core.Events;

/// <summary>One coding a validation record expects (or a coder produced): source, target, CAMEO code.</summary>
public sealed record ExpectedCoding(string Source, string Target, string Code);
