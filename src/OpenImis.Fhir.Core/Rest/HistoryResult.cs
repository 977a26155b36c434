using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>One page of versions, newest first.</summary>
public sealed record HistoryResult(IReadOnlyList<HistoryEntry> Entries, int Total);

/// <summary>
/// One version: the resource as it was (null for a deletion), with the resource id, its version id, when it was
/// written and the interaction that wrote it.
/// </summary>
public sealed record HistoryEntry(Resource? Resource, string Id, string VersionId, DateTime LastUpdated, Bundle.HTTPVerb Method);
