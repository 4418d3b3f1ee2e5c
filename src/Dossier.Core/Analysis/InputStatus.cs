namespace Dossier.Core.Analysis;

public enum InputStatus
{
    /// <summary>Every document of the input was read and analysed.</summary>
    Analysed,

    /// <summary>Some of the input was analysed; its problems say what was not.</summary>
    Partial,

    /// <summary>The same content was already analysed in this run; skipped.</summary>
    Duplicate,

    /// <summary>Its content is already in the store (ingest); not analysed again.</summary>
    Stored,

    /// <summary>Not analysed because the run reached its limit of documents (<c>--max-documents</c>).</summary>
    Skipped,

    /// <summary>Nothing of the input could be analysed.</summary>
    Failed,
}
