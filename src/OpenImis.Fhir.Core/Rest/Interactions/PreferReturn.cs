namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>What a write answers with (<c>Prefer: return=</c>).</summary>
public enum PreferReturn
{
    /// <summary>The resource as stored (the default).</summary>
    Representation,

    /// <summary>No body.</summary>
    Minimal,

    /// <summary>An OperationOutcome saying what was done, with any validation warnings.</summary>
    OperationOutcome,
}
