namespace OpenImis.Fhir.IntegrationTests.Subscriptions;

/// <summary>One row of <c>fhir.change_event</c>, as the tests read it.</summary>
internal sealed record ChangeEventRow(string ResourceType, string ResourceId, string? VersionId, string Action, DateTime OccurredAt, string Origin);
