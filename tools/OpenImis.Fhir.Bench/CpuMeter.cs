using System.Diagnostics;
using System.Globalization;

namespace OpenImis.Fhir.Bench;

/// <summary>
/// CPU time spent per operation by this process and, when given, the server's. On a shared machine the wall-clock
/// rate swings with the neighbours' load; the CPU cost of an operation barely does.
/// </summary>
internal sealed class CpuMeter(int? serverPid)
{
    private long _operations;

    public void Count() => Interlocked.Increment(ref _operations);

    public async Task<double> MeasureAsync(Func<System.Threading.Tasks.Task> run)
    {
        _operations = 0;
        var before = Now();
        await run();
        var cpu = Now() - before;
        return cpu.TotalMilliseconds / Math.Max(1, Interlocked.Read(ref _operations));
    }

    public static string Format(string label, double millisecondsPerOperation) =>
        string.Create(CultureInfo.InvariantCulture, $"{label}: {millisecondsPerOperation:F2} ms CPU per operation ({1000 / millisecondsPerOperation:F0} per CPU-second)");

    private TimeSpan Now()
    {
        var own = Process.GetCurrentProcess().TotalProcessorTime;
        if (serverPid is not { } pid)
        {
            return own;
        }

        using var server = Process.GetProcessById(pid);
        return own + server.TotalProcessorTime;
    }
}
