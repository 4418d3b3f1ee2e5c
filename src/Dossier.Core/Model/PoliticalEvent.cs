namespace Dossier.Core.Model;

/// <summary>Where an event took place, from the gazetteer.</summary>
public sealed record EventLocation(string Name, string? Country, double? Lat, double? Lon);

/// <summary>
/// One actor–action–target record across the corpus (GDELT/ICEWS style): the same event reported
/// by several documents is one record with several evidence entries.
/// </summary>
public sealed record PoliticalEvent(
    EventActor Source,
    EventActor? Target,
    string Cameo,
    string RootCode,
    int? QuadClass,
    double? Goldstein,
    string? Plover,
    string? PloverMode,
    string? Date,
    EventLocation? Location,
    IReadOnlyList<Citation> Evidence,
    string Rule,
    EventMode Mode);
