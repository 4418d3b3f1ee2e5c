using Dossier.Core.Model;

namespace Dossier.Core.Events;

/// <summary>
/// An event coded in one sentence, in token positions: source and target actor units with the one
/// code of each this event pairs, the verb's tokens [VerbStart, VerbEnd), the code and the rule.
/// </summary>
public sealed record SentenceEvent(
    ActorUnit Source,
    string SourceCode,
    ActorUnit Target,
    string TargetCode,
    string Code,
    int VerbStart,
    int VerbEnd,
    string Rule,
    EventMode Mode);
