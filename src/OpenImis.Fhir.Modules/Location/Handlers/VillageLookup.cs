using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Location.Data;

namespace OpenImis.Fhir.Modules.Location.Handlers;

/// <summary>The live village a write links (an insuree's or a family's address), loaded tracked.</summary>
internal sealed class VillageLookup(ImisDbContext db)
{
    // Asks the database, not the location cache: a write must not link a village that openIMIS deleted since the
    // cache was loaded. Only the row is needed: reads take the village's parents from the cache.
    public async Task<Data.Location> LiveVillageAsync(string uuid, string element, CancellationToken cancellationToken)
    {
        var location = await db.RequireLiveRowAsync<Data.Location>(uuid, $"Location/{uuid}", element, cancellationToken);
        return location.Type == LocationTypes.Village
            ? location
            : throw FhirException.Unprocessable(
                $"{element}: Location/{uuid} is of type '{location.Type}', not a village (V); openIMIS addresses are villages.", element);
    }
}
