using System.Runtime.InteropServices;

namespace OpenImis.Fhir.Core.Validation;

/// <summary>
/// Lowers the scheduling priority of the calling thread, for start-up work that may take the CPU only when requests
/// and jobs leave it idle (the validator's warm-up: a minute of both cores on a loaded machine, which the first
/// export after start-up had to share). <c>Thread.Priority</c> does nothing on Linux; <c>setpriority</c> on the
/// thread's id gives it a nice value of its own, which an unprivileged process may raise.
/// </summary>
public static class BackgroundThreadPriority
{
    // PRIO_PROCESS with a thread id sets that thread's nice value (Linux keeps one per thread).
    private const int PrioProcess = 0;

    // Nice 10 weighs about a tenth of nice 0 in the kernel's fair scheduler: on an idle machine the work runs as fast
    // as before, beside busy threads of the same process it mostly waits.
    private const int Nice = 10;

    /// <summary>Gives the calling thread a nice value of 10 on Linux; elsewhere, or when refused, nothing changes.</summary>
    /// <returns>Whether the priority was lowered.</returns>
    public static bool LowerCurrentThread()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return SetPriority(PrioProcess, GetThreadId(), Nice) == 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // A C library without these calls (not glibc or musl): the thread keeps its priority, which is only slower.
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "setpriority")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetPriority(int which, int who, int priority);

    [DllImport("libc", EntryPoint = "gettid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int GetThreadId();
}
