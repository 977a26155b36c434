using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.HealthFacility.Data;
using OpenImis.Fhir.Modules.Location.Data;

namespace OpenImis.Fhir.Modules.HealthFacility.Handlers;

/// <summary>The rows a health facility write refers to, loaded tracked so that the write can link them.</summary>
internal sealed class HealthFacilityLookups(ImisDbContext db)
{
    // Asks the database, not the location cache: a write must not link a district openIMIS deleted since the cache
    // was loaded.
    public async Task<Location.Data.Location> LiveDistrictAsync(string uuid, string element, CancellationToken cancellationToken)
    {
        var (lower, upper) = (uuid.ToLowerInvariant(), uuid.ToUpperInvariant());
        var location = await db.Set<Location.Data.Location>()
            .Where(l => (l.Uuid == lower || l.Uuid == upper) && l.ValidityTo == null)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw FhirException.Unprocessable($"{element}: Location/{uuid} does not exist.", element);
        return location.Type == LocationTypes.District
            ? location
            : throw FhirException.Unprocessable(
                $"{element}: Location/{uuid} is of type '{location.Type}', not a district (D); openIMIS places health facilities in districts.", element);
    }

    public async Task<LegalForm> LegalFormAsync(string code, string element, CancellationToken cancellationToken) =>
        await db.Set<LegalForm>().FirstOrDefaultAsync(l => l.Code == code, cancellationToken)
        ?? throw FhirException.Unprocessable($"{element}: legal form '{code}' is not one of openIMIS's (tblLegalForms).", element);

    /// <summary>Whether another live health facility has that code: openIMIS codes are unique among live facilities.</summary>
    public Task<bool> CodeTakenAsync(string code, int exceptId, CancellationToken cancellationToken) =>
        db.Set<Data.HealthFacility>().AnyAsync(h => h.Code == code && h.ValidityTo == null && h.Id != exceptId, cancellationToken);
}
