namespace OpenImis.Fhir.Core.Conformance;

/// <summary>
/// An operation on the whole server (<c>[base]/$name</c>), for the CapabilityStatement's <c>rest.operation</c>, with the
/// capability statement it makes the server instantiate (Bulk Data's), if any. Registered by whoever maps it.
/// </summary>
public sealed record SystemOperationCapability(string Name, string Definition, string? Instantiates = null);
