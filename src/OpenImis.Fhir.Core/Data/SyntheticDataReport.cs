namespace OpenImis.Fhir.Core.Data;

/// <summary>What a generator wrote and how long it took.</summary>
public sealed record SyntheticDataReport(int Families, int Insurees, TimeSpan Elapsed);
