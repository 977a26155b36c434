namespace OpenImis.Fhir.Modules.Shared;

/// <summary>What a lookup table's row says about its concept.</summary>
internal sealed record LookupRow(string Code, string? Name, int? SortOrder);
