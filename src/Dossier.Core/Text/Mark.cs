namespace Dossier.Core.Text;

/// <summary>Flags the sentence splitter sets on tokens before it walks them.</summary>
internal static class Mark
{
    /// <summary>The token opens an item of an inline list ("1. … 2. …", "a) … b) …").</summary>
    public const byte ListItem = 1;

    /// <summary>The token is inside a quotation, away from its closing mark.</summary>
    public const byte Quoted = 2;

    /// <summary>The full stop or bracket of a list item's marker: it ends nothing.</summary>
    public const byte MarkerPunctuation = 4;
}
