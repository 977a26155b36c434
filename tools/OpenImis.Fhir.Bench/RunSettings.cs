namespace OpenImis.Fhir.Bench;

/// <summary>How long and how wide a run is; <see cref="MaxOperations"/> bounds it whatever the duration.</summary>
internal sealed record RunSettings(int Concurrency, TimeSpan Warmup, TimeSpan Duration, int MaxOperations);
