using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.Server.Audit;

/// <summary>
/// What the capture saw of one interaction, cheap to take on the request path: the writer turns it into the
/// AuditEvent (and reads the patients out of <see cref="Result"/>) in the background.
/// </summary>
internal sealed record AuditEntry
{
    public required Guid Id { get; init; }

    public required DateTime Recorded { get; init; }

    /// <summary>The interaction and its codes.</summary>
    public required AuditInteraction Interaction { get; init; }

    /// <summary>The HTTP status answered.</summary>
    public required int Status { get; init; }

    /// <summary>The request was aborted or failed with an exception nothing answered.</summary>
    public bool Aborted { get; init; }

    public required string Method { get; init; }

    /// <summary>The request path, e.g. <c>/fhir/Patient/123</c>.</summary>
    public required string Path { get; init; }

    /// <summary>The query string without <c>?</c>, if any.</summary>
    public string? Query { get; init; }

    /// <summary>The caller as the engine saw it; null when no valid token came (a login failure, mode none).</summary>
    public FhirCaller? Caller { get; init; }

    /// <summary>For a login failure: the client the refused credentials claim to be (not verified).</summary>
    public string? ClaimedClient { get; init; }

    /// <summary>The caller's network address.</summary>
    public string? Address { get; init; }

    /// <summary>The server's public base URL (<c>…/fhir</c>).</summary>
    public required string BaseUrl { get; init; }

    /// <summary>The resource type addressed.</summary>
    public string? ResourceType { get; init; }

    /// <summary>What the engine answered (see <see cref="Core.Observability.RequestFacts.Result"/>).</summary>
    public object? Result { get; init; }
}
