using System.Globalization;

namespace OpenImis.Fhir.Bench;

/// <summary>Samples a process's resident set size (VmRSS in /proc) once a second until disposed.</summary>
internal sealed class RssSampler : IAsyncDisposable
{
    private readonly int _pid;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private bool _stopped;

    public RssSampler(int pid)
    {
        _pid = pid;
        Baseline = Read();
        Peak = Baseline;
        _loop = LoopAsync();
    }

    /// <summary>RSS in MB when sampling started.</summary>
    public double Baseline { get; }

    /// <summary>The largest sample, MB.</summary>
    public double Peak { get; private set; }

    public int Samples { get; private set; }

    // Called once to stop the samples before the figures are printed, and again by await using.
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // stopped
        }

        Peak = Math.Max(Peak, Read());
        _stop.Dispose();
    }

    private async Task LoopAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await timer.WaitForNextTickAsync(_stop.Token))
        {
            Peak = Math.Max(Peak, Read());
            Samples++;
        }
    }

    private double Read()
    {
        foreach (var line in File.ReadLines($"/proc/{_pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return 0;
    }
}
