using Dossier.Core.Model;

namespace Dossier.Core.Attribution;

/// <summary>A cue and the source next to it, found around a quote.</summary>
internal sealed record Attribution(TextSpan Cue, SourcePhrase? Source)
{
    public string CueText(string text) => Cue.Of(text);
}
