namespace OpenImis.Fhir.IgBuild;

/// <summary>A step failed for a reason the user can act on; the message says which.</summary>
internal sealed class BuildFailedException(string message) : Exception(message);
