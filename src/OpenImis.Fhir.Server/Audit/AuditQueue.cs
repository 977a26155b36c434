using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace OpenImis.Fhir.Server.Audit;

/// <summary>
/// The bounded queue between the requests and <see cref="AuditWriter"/>. A request never waits on it: when it is
/// full (the database is away longer than the queue lasts), the new event is dropped, counted
/// (<c>openimis.fhir.audit.dropped</c>) and a warning is logged at most once a minute. Blocking reads for the sake of
/// the audit trail would turn a database outage into an API outage, which the issue forbids.
/// </summary>
internal sealed class AuditQueue : IDisposable
{
    private static readonly Meter Meter = new("OpenImis.Fhir.Audit");
    private static readonly Counter<long> DroppedCounter = Meter.CreateCounter<long>("openimis.fhir.audit.dropped", description: "Audit events dropped because the queue was full");
    private static readonly Counter<long> WrittenCounter = Meter.CreateCounter<long>("openimis.fhir.audit.written", description: "Audit events stored");

    private readonly Channel<AuditEntry> _channel;
    private readonly int _batchSize;
    private readonly ILogger<AuditQueue> _logger;
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly object _progressLock = new();
    private TaskCompletionSource _progress = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _inFlight;
    private long _enqueued;
    private long _written;
    private long _dropped;
    private long _lastWarning;

    public AuditQueue(IOptions<AuditOptions> options, ILogger<AuditQueue> logger)
    {
        var settings = options.Value;
        _channel = Channel.CreateBounded<AuditEntry>(new BoundedChannelOptions(settings.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait, // with TryWrite: a full queue refuses at once, nothing blocks
            SingleReader = true,
        });
        _batchSize = settings.BatchSize;
        _logger = logger;
    }

    public ChannelReader<AuditEntry> Reader => _channel.Reader;

    /// <summary>Events dropped since the start because the queue was full.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Events stored since the start.</summary>
    public long Written => Interlocked.Read(ref _written);

    /// <summary>A request that will be audited started: <see cref="FlushAsync"/> waits for its event too.</summary>
    public void Begin() => Interlocked.Increment(ref _inFlight);

    /// <summary>The event of a request begun with <see cref="Begin"/>; null when it turned out not to be audited.</summary>
    public void End(AuditEntry? entry)
    {
        if (entry is not null)
        {
            Enqueue(entry);
        }

        Interlocked.Decrement(ref _inFlight);
    }

    public void Enqueue(AuditEntry entry)
    {
        if (!_channel.Writer.TryWrite(entry))
        {
            Drop();
            return;
        }

        Interlocked.Increment(ref _enqueued);
        if (_channel.Reader.Count >= _batchSize)
        {
            Wake();
        }
    }

    /// <summary>Ends the queue: the writer stores what is in it and stops.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    /// <summary>
    /// Waits until the requests running at the call have enqueued their events (a client may have its answer a moment
    /// before the request's pipeline returns) and every event enqueued is stored. For tests and benchmarks.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        while (Interlocked.Read(ref _inFlight) > 0)
        {
            await Task.Delay(5, cancellationToken);
        }

        var target = Interlocked.Read(ref _enqueued);
        while (Interlocked.Read(ref _written) < target)
        {
            Task next;
            lock (_progressLock)
            {
                next = _progress.Task;
            }

            Wake();
            if (Interlocked.Read(ref _written) >= target)
            {
                return;
            }

            await next.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Waits for a batch to fill, a flush, or <paramref name="timeout"/>.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _wake.WaitAsync(timeout, cancellationToken);

    /// <summary>The writer stored <paramref name="count"/> events.</summary>
    public void MarkWritten(int count)
    {
        Interlocked.Add(ref _written, count);
        WrittenCounter.Add(count);
        TaskCompletionSource done;
        lock (_progressLock)
        {
            done = _progress;
            _progress = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        done.TrySetResult();
    }

    public void Dispose() => _wake.Dispose();

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already woken.
        }
    }

    private void Drop()
    {
        var dropped = Interlocked.Increment(ref _dropped);
        DroppedCounter.Add(1);
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastWarning);
        if (now - last >= 60_000 && Interlocked.CompareExchange(ref _lastWarning, now, last) == last)
        {
            _logger.LogWarning("The audit queue is full (the database may be unreachable): an AuditEvent was dropped, {Dropped} so far", dropped);
        }
    }
}
