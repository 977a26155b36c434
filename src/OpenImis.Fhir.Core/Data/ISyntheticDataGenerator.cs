namespace OpenImis.Fhir.Core.Data;

/// <summary>Generates a large, deterministic synthetic dataset for load tests (bulk inserts).</summary>
public interface ISyntheticDataGenerator
{
    /// <summary>
    /// Adds <paramref name="families"/> families (with their members) drawn from <paramref name="seed"/>;
    /// the same seed and count give the same rows.
    /// </summary>
    Task<SyntheticDataReport> GenerateAsync(ImisDbContext db, int families, int seed, CancellationToken cancellationToken);
}
