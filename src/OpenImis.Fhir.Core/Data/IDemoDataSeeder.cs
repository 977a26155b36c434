namespace OpenImis.Fhir.Core.Data;

/// <summary>
/// A module's part of the demo dataset, written into an empty database on first start. Seeders run in
/// <see cref="Order"/>; a later one may read what an earlier one wrote (families need villages).
/// </summary>
public interface IDemoDataSeeder
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    /// <summary>Writes the module's demo rows, with dates relative to <paramref name="today"/>.</summary>
    Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken);
}
