namespace Dossier.Core.Events;

/// <summary>What PLOVER calls a CAMEO code: its event type ("CONSULT"), mode ("visit") and context ("diplomatic"), the last two when the map gives them.</summary>
public sealed record PloverCoding(string Type, string? Mode, IReadOnlyList<string> Context);
