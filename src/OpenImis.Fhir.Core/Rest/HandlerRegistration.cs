namespace OpenImis.Fhir.Core.Rest;

/// <summary>A module's claim on a resource type, recorded when the module registers its handler.</summary>
public sealed record HandlerRegistration(string Module, string ResourceType, Type HandlerType);
