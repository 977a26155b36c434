namespace OpenImis.Fhir.Server.Export;

/// <summary>What one chunk wrote: its lines and bytes, and the rows reported in its error file.</summary>
internal sealed record ChunkFiles(int Count, long Bytes, int Errors);
