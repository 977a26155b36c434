namespace OpenImis.Fhir.Modules.Insurer;

/// <summary>The configured insurer as the search parameters see it (one row, in memory).</summary>
internal sealed record InsurerEntry(string Id, string Code, string Name, DateTime LastUpdated);
