namespace OpenImis.Fhir.Bench.Generation;

/// <summary>What one <c>generate</c> run wrote and how long it took.</summary>
internal sealed record GenerationReport(int Families, int Insurees, TimeSpan Elapsed);
