namespace Dossier.Core.Events;

/// <summary>The dictionary files a validation suite names (PETRARCH's <c>&lt;Environment&gt;</c>, TABARI's project file).</summary>
/// <param name="Ontology">UD-PETRARCH's coding ontology (<c>&lt;PICOfile&gt;</c>), which says what a negated event is coded.</param>
/// <param name="KeepJointActorCodes">True for a UD-PETRARCH suite (its parses are CoNLL-U), which expects joint actor codes ("FRO/BIL/SAM") kept whole.</param>
public sealed record SuiteDictionaryFiles(string? Verbs, IReadOnlyList<string> Actors, string? Agents, string? Discards, bool KeepJointActorCodes = false, string? Ontology = null);
