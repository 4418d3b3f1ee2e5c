namespace Dossier.Core.Actors;

/// <summary>A CAMEO actor code and the dates it holds for, both ends inclusive; an open end has no limit.</summary>
public sealed record CodedPeriod(string Code, DateOnly? From = null, DateOnly? To = null)
{
    public bool IsUndated => From is null && To is null;

    public bool Covers(DateOnly date) => (From is null || date >= From) && (To is null || date <= To);
}
