using System.Collections.Concurrent;

namespace OpenImis.Fhir.Server.Export;

/// <summary>The export attempts running in this process, for the watchdog (singleton).</summary>
internal sealed class ExportAttempts(TimeProvider clock)
{
    private readonly ConcurrentDictionary<ExportAttempt, byte> _running = new();

    /// <summary>Registers a new attempt; disposing it unregisters it.</summary>
    public ExportAttempt Start(Guid exportId, string step, CancellationToken jobToken)
    {
        var attempt = new ExportAttempt(exportId, step, clock, ended => _running.TryRemove(ended, out _), jobToken);
        _running[attempt] = 0;
        return attempt;
    }

    /// <summary>The attempts running now.</summary>
    public IReadOnlyList<ExportAttempt> Running => [.. _running.Keys];
}
