namespace Dossier.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Nothing could be analysed (every input failed, or there were none).</summary>
    public const int NothingAnalysed = 1;

    public const int Usage = 2;

    /// <summary>The output folder could not be created or written.</summary>
    public const int CannotWrite = 3;

    public const int Interrupted = 130;
}
