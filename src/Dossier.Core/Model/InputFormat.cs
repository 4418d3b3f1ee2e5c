namespace Dossier.Core.Model;

/// <summary>What kind of markup a raw document's content is in.</summary>
public enum InputFormat
{
    PlainText,
    Html,
}
