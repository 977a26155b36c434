namespace OpenImis.Fhir.Core.Observability;

/// <summary>
/// One unit of work done on behalf of a request (a database query, a call to a peer), as the
/// OpenHIM transaction log shows it under <c>orchestrations</c>.
/// </summary>
/// <param name="Name">What was done, for a human reading the transaction log.</param>
/// <param name="Method">The HTTP method, or a verb such as "SELECT" for non-HTTP work.</param>
/// <param name="Url">Where it went: an absolute URI (host, port, path and query are reported) or a bare path.</param>
/// <param name="StartedAt">When the work started.</param>
/// <param name="EndedAt">When the work ended.</param>
/// <param name="StatusCode">The HTTP status (or an HTTP-like status for non-HTTP work); null when the work failed before an answer.</param>
/// <param name="ResponseBody">The answer's body, when the caller chose to report it.</param>
/// <param name="Error">Why the work failed; null on success.</param>
public sealed record OrchestrationEntry(
    string Name,
    string Method,
    string Url,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    int? StatusCode,
    string? ResponseBody,
    string? Error);
