namespace Dossier.Core.Actors;

/// <summary>
/// The project's own actor data, for what the Phoenix dictionaries lack: actors after 2014, the offices
/// people hold, capitals and government seats that stand for a country, and nationality words.
/// </summary>
/// <param name="Seats">Seat name → the code it speaks for ("Pyongyang" → PRK, "Kremlin" → RUSGOV).</param>
/// <param name="Demonyms">Nationality word → country code ("North Korean" → PRK).</param>
public sealed record ActorSupplement(
    IReadOnlyList<ActorEntry> Actors,
    IReadOnlyDictionary<string, string> Seats,
    IReadOnlyDictionary<string, string> Demonyms);
