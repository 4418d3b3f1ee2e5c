namespace Dossier.Core.Events;

/// <summary>One CAMEO event code with its place in the hierarchy and GDELT's standard scores.</summary>
/// <param name="Code">"042": two digits for a root, three or four below it.</param>
/// <param name="RootCode">The first two digits ("04").</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="Goldstein">The Goldstein scale value, -10 (most conflictual) to +10.</param>
public sealed record CameoCode(string Code, string Name, string RootCode, int QuadClass, double Goldstein)
{
    /// <summary>The three-digit base code GDELT reports as EventBaseCode ("0231" → "023"; a root is its own base).</summary>
    public string BaseCode => Code.Length > 3 ? Code[..3] : Code;

    public bool IsRoot => Code.Length == 2;
}
