namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// One run of an export step (planning or a chunk) in this process, from a fresh DI scope to its end. It beats when
/// it makes progress; the watchdog cancels it when it has not beaten for <see cref="JobsOptions.StallTimeoutSeconds"/>.
/// </summary>
internal sealed class ExportAttempt : IDisposable
{
    private readonly CancellationTokenSource _cancellation;
    private readonly TimeProvider _clock;
    private readonly Action<ExportAttempt> _ended;
    private long _lastBeat;
    private int _stalled;

    public ExportAttempt(Guid exportId, string step, TimeProvider clock, Action<ExportAttempt> ended, CancellationToken jobToken)
    {
        ExportId = exportId;
        Step = step;
        _clock = clock;
        _ended = ended;
        _cancellation = CancellationTokenSource.CreateLinkedTokenSource(jobToken);
        Started = clock.GetUtcNow();
        _lastBeat = Started.UtcTicks;
    }

    /// <summary>The export.</summary>
    public Guid ExportId { get; }

    /// <summary>What the attempt runs, for the log ("planning", "chunk 3").</summary>
    public string Step { get; }

    /// <summary>When the attempt began.</summary>
    public DateTimeOffset Started { get; }

    /// <summary>Cancelled when the job is (shutdown, Hangfire abort) or when the watchdog finds the attempt stalled.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>The last sign of progress.</summary>
    public DateTimeOffset LastBeat => new(Interlocked.Read(ref _lastBeat), TimeSpan.Zero);

    /// <summary>Whether the watchdog cancelled the attempt for making no progress.</summary>
    public bool Stalled => Volatile.Read(ref _stalled) == 1;

    /// <summary>Records progress (a batch of lines written, a query answered).</summary>
    public void Beat() => Interlocked.Exchange(ref _lastBeat, _clock.GetUtcNow().UtcTicks);

    /// <summary>Cancels the attempt as stalled; true the first time only.</summary>
    public bool CancelAsStalled()
    {
        if (Interlocked.Exchange(ref _stalled, 1) == 1)
        {
            return false;
        }

        _cancellation.Cancel();
        return true;
    }

    public void Dispose()
    {
        _ended(this);
        _cancellation.Dispose();
    }
}
