namespace OpenImis.Fhir.Core.Conformance;

/// <summary>
/// An operation the server offers, for the CapabilityStatement: on one resource type, or on every served type when
/// <paramref name="ResourceType"/> is null. Registered by whoever maps the operation's endpoint.
/// </summary>
public sealed record OperationCapability(string? ResourceType, string Name, string Definition);
