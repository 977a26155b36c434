namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// A module's claim on a resource type, recorded when the module registers its handler. A source
/// (<see cref="IResourceSource"/>) shares its type with other sources; a plain handler owns its type alone.
/// </summary>
public sealed record HandlerRegistration(string Module, string ResourceType, Type HandlerType, bool IsSource = false);
