namespace Dossier.Core.Model;

/// <summary>How the text presents an event: as having happened, or otherwise.</summary>
public enum EventMode
{
    /// <summary>Stated as having happened or happening.</summary>
    Asserted,

    /// <summary>Planned, scheduled or expected ("will meet", "is due to visit").</summary>
    Planned,

    /// <summary>Attributed to a source without the outlet vouching for it ("reportedly", "according to").</summary>
    Reported,

    /// <summary>Denied by a party ("denied sending troops").</summary>
    Denied,

    /// <summary>Negated by the text itself ("did not meet").</summary>
    Negated,

    /// <summary>Only possible or speculated ("may", "could", "if").</summary>
    Speculated,
}
