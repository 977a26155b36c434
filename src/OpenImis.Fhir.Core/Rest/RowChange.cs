namespace OpenImis.Fhir.Core.Rest;

/// <summary>One new version of a resource found in the database (<see cref="IChangeFeed"/>).</summary>
/// <param name="ResourceType">The FHIR type.</param>
/// <param name="ResourceId">The resource id (lower-case UUID).</param>
/// <param name="VersionId">The version id (<see cref="VersionIds"/>).</param>
/// <param name="Action">create, update or delete (<see cref="State.ChangeAction"/>).</param>
/// <param name="OccurredAt">When the version became valid (a delete: when it stopped), UTC.</param>
public sealed record RowChange(string ResourceType, string ResourceId, string VersionId, string Action, DateTime OccurredAt);
