using System.Runtime.InteropServices;

namespace Dossier.Cli;

/// <summary>The one POSIX call .NET does not offer: sending a signal other than SIGKILL to a process.</summary>
internal static class NativeMethods
{
    public const int SigInt = 2;
    public const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Kill(int pid, int signal);
}
