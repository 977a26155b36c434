namespace OpenImis.Fhir.Core.Rest.Patch;

/// <summary>The six operations of RFC 6902.</summary>
internal enum JsonPatchOperationKind
{
    Add,
    Remove,
    Replace,
    Move,
    Copy,
    Test,
}
