namespace Dossier.Core.Model;

/// <summary>Why a block was taken out of an article's body.</summary>
public enum RemovedKind
{
    Caption,
    Comments,
    Related,
    EditorNote,
    Copyright,
    Byline,
    Dateline,
    Title,
    Navigation,
    Other,
}
