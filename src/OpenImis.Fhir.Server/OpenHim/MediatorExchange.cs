using OpenImis.Fhir.Core.Observability;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>Everything one mediator response reports about a request, gathered by the middleware.</summary>
internal sealed record MediatorExchange(
    int StatusCode,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset Timestamp,
    string? ResourceType,
    string? Interaction,
    int? ResultCount,
    int FailedEntryCount,
    IReadOnlyList<OrchestrationEntry> Orchestrations,
    string? ErrorMessage);
