using System.Collections.Concurrent;

namespace OpenImis.Fhir.Core.Observability;

/// <summary>
/// The orchestrations recorded for one request. Created by
/// <see cref="OrchestrationRecorder.StartCollection"/>; disposing it stops collecting.
/// Thread-safe, because a handler may run work in parallel.
/// </summary>
public sealed class OrchestrationCapture : IDisposable
{
    private readonly ConcurrentQueue<OrchestrationEntry> _entries = new();
    private readonly OrchestrationCapture? _outer;
    private bool _disposed;

    internal OrchestrationCapture(OrchestrationCapture? outer) => _outer = outer;

    /// <summary>The entries in the order their work ended.</summary>
    public IReadOnlyList<OrchestrationEntry> Entries => [.. _entries];

    internal void Add(OrchestrationEntry entry) => _entries.Enqueue(entry);

    /// <summary>Stops collecting and restores whatever collection was active before.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        OrchestrationRecorder.Restore(this, _outer);
    }
}
