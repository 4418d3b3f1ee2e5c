using Dossier.Core.Model;

namespace Dossier.Core.Attribution;

/// <summary>
/// The words naming who speaks, next to a cue: a recognised name (Mention), a pronoun, or a
/// description without a name ("a government official").
/// </summary>
internal sealed record SourcePhrase(TextSpan Span, Mention? Mention, bool IsPronoun);
