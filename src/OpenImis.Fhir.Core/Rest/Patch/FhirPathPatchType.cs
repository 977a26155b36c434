namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>The operation types of FHIRPath Patch.</summary>
internal enum FhirPathPatchType
{
    Add,
    Insert,
    Delete,
    Replace,
    Move,
}
