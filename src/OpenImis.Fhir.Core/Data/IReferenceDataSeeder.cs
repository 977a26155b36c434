namespace OpenImis.Fhir.Core.Data;

/// <summary>
/// A module's reference rows (genders, relations and the like) that openIMIS needs in any database: written
/// whenever the server creates the tables, with or without demo data.
/// </summary>
public interface IReferenceDataSeeder
{
    /// <summary>Writes the rows that are missing; running it twice changes nothing.</summary>
    Task SeedAsync(ImisDbContext db, CancellationToken cancellationToken);
}
