namespace Dossier.Core.Attribution;

/// <summary>What a cue attributes: words said or written, or a state of mind or a finding that nobody is quoted as saying.</summary>
internal enum CueKind
{
    Speech,
    Belief,
    Intention,
    Finding,

    /// <summary>Taking a side on someone or something ("endorsed Trump", "opposes the deal"): a belief whose content may be a bare noun phrase.</summary>
    Stance,
}
