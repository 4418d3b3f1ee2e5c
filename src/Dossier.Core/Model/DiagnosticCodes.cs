namespace Dossier.Core.Model;

/// <summary>Stable codes for problems with inputs; documented in docs/diagnostics.md.</summary>
public static class DiagnosticCodes
{
    public const string PathNotFound = "DSR001";
    public const string Unreadable = "DSR002";
    public const string Empty = "DSR003";
    public const string Binary = "DSR004";
    public const string TooLarge = "DSR005";
    public const string CorruptGzip = "DSR006";
    public const string InvalidJson = "DSR007";
    public const string RecordWithoutText = "DSR008";
    public const string InvalidUtf8 = "DSR009";
    public const string DuplicateContent = "DSR011";
    public const string DuplicateId = "DSR012";
    public const string InvalidRecordField = "DSR013";
    public const string TooManyDocuments = "DSR014";
    public const string UnpairedSurrogate = "DSR015";
    public const string StepFailed = "DSP001";
    public const string TimeLimit = "DSP002";
    public const string NoPublicationDate = "DSC001";
    public const string NoArticleText = "DSC002";
}
