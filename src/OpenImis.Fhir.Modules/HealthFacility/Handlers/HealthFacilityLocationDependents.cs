using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Location.Handlers;

namespace OpenImis.Fhir.Modules.HealthFacility.Handlers;

/// <summary>The live health facilities placed in a location (openIMIS places them in districts).</summary>
internal sealed class HealthFacilityLocationDependents(ImisDbContext db) : ILocationDependents
{
    public async Task<IReadOnlyList<string>> FindAsync(int locationId, int limit, CancellationToken cancellationToken)
    {
        var facilities = await db.Set<Data.HealthFacility>()
            .Where(h => h.LocationId == locationId && h.ValidityTo == null)
            .OrderBy(h => h.Id)
            .Select(h => h.Uuid)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return [.. facilities.Select(u => $"Organization/{u.ToLowerInvariant()}")];
    }
}
