namespace OpenImis.Fhir.Core.Validation;

/// <summary>What create and update do with a resource that does not conform to the handler's profile.</summary>
public enum ValidationMode
{
    /// <summary>No validation on write.</summary>
    Off,

    /// <summary>Validate, log the issues and write anyway; the issues reach the client with <c>Prefer: return=OperationOutcome</c>.</summary>
    Warn,

    /// <summary>Validate and refuse a resource with errors: 422 with the issues, nothing written.</summary>
    Enforce,
}
