namespace OpenImis.Fhir.Core.Observability;

/// <summary>
/// One unit of work being tracked; see <see cref="OrchestrationRecorder.Track"/>.
/// Records exactly once: the first of <see cref="Complete"/>, <see cref="Fail"/> or Dispose wins.
/// </summary>
public sealed class OrchestrationScope : IDisposable
{
    internal static readonly OrchestrationScope Inactive = new(null, string.Empty, string.Empty, string.Empty);

    private readonly OrchestrationCapture? _collection;
    private readonly string _name;
    private readonly string _method;
    private readonly string _url;
    private readonly DateTimeOffset _startedAt;
    private int _recorded;

    internal OrchestrationScope(OrchestrationCapture? collection, string name, string method, string url)
    {
        _collection = collection;
        _name = name;
        _method = method;
        _url = url;
        _startedAt = DateTimeOffset.UtcNow;
    }

    /// <summary>Records the work as answered with <paramref name="statusCode"/>.</summary>
    /// <param name="statusCode">An HTTP status, or the HTTP status the work amounts to (200 found, 404 not found).</param>
    /// <param name="responseBody">The answer to show in the transaction log, if it is worth showing.</param>
    public void Complete(int statusCode, string? responseBody = null) => Record(statusCode, responseBody, null);

    /// <summary>Records the work as failed without an answer.</summary>
    public void Fail(string error) => Record(null, null, error);

    /// <summary>Records the work as failed unless it was completed or failed explicitly.</summary>
    public void Dispose() => Record(null, null, "The work ended without completing (an exception was raised).");

    private void Record(int? statusCode, string? responseBody, string? error)
    {
        if (_collection is null || Interlocked.Exchange(ref _recorded, 1) == 1)
        {
            return;
        }

        _collection.Add(new OrchestrationEntry(
            _name, _method, _url, _startedAt, DateTimeOffset.UtcNow, statusCode, responseBody, error));
    }
}
