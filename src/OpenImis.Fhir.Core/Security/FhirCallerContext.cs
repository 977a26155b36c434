namespace OpenImis.Fhir.Core.Security;

/// <summary>The caller of the current scope (one HTTP request or one job run). Scoped; unrestricted until set.</summary>
public sealed class FhirCallerContext
{
    /// <summary>The caller.</summary>
    public FhirCaller Caller { get; set; } = FhirCaller.Unrestricted;
}
