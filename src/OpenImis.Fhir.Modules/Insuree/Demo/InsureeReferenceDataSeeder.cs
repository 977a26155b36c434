using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Insuree.Demo;

/// <summary>The insuree lookup tables, filled in every database the server creates.</summary>
internal sealed class InsureeReferenceDataSeeder : IReferenceDataSeeder
{
    public Task SeedAsync(ImisDbContext db, CancellationToken cancellationToken) =>
        InsureeReferenceData.EnsureAsync(db, cancellationToken);
}
