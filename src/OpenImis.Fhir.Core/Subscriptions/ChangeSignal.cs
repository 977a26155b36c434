namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>
/// Wakes the subscription dispatcher of this process when a change was committed, so a notification leaves at
/// once instead of at the next poll. Other processes find the change by polling.
/// </summary>
public sealed class ChangeSignal : IDisposable
{
    private readonly SemaphoreSlim pending = new(0, 1);

    /// <summary>A change was committed.</summary>
    public void Notify()
    {
        try
        {
            pending.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every change made before the dispatcher runs.
        }
    }

    /// <summary>Waits for a signal or <paramref name="timeout"/>; answers true when signalled.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => pending.WaitAsync(timeout, cancellationToken);

    /// <inheritdoc />
    public void Dispose() => pending.Dispose();
}
