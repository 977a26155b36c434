using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.HealthFacility.Demo;

/// <summary>The health facility lookup tables, filled in every database the server creates.</summary>
internal sealed class HealthFacilityReferenceDataSeeder : IReferenceDataSeeder
{
    public Task SeedAsync(ImisDbContext db, CancellationToken cancellationToken) =>
        HealthFacilityReferenceData.EnsureAsync(db, cancellationToken);
}
