using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Location.Handlers;

namespace OpenImis.Fhir.Modules.Insuree.Handlers;

/// <summary>The live families whose village, and live insurees whose current village, is a location.</summary>
internal sealed class InsureeLocationDependents(ImisDbContext db) : ILocationDependents
{
    public async Task<IReadOnlyList<string>> FindAsync(int locationId, int limit, CancellationToken cancellationToken)
    {
        var families = await db.Set<Family>()
            .Where(f => f.LocationId == locationId && f.ValidityTo == null)
            .OrderBy(f => f.Id)
            .Select(f => f.Uuid)
            .Take(limit)
            .ToListAsync(cancellationToken);
        var insurees = families.Count >= limit
            ? []
            : await db.Set<Data.Insuree>()
                .Where(i => i.CurrentVillageId == locationId && i.ValidityTo == null)
                .OrderBy(i => i.Id)
                .Select(i => i.Uuid)
                .Take(limit - families.Count)
                .ToListAsync(cancellationToken);
        return [.. families.Select(u => $"Group/{u.ToLowerInvariant()}"), .. insurees.Select(u => $"Patient/{u.ToLowerInvariant()}")];
    }
}
