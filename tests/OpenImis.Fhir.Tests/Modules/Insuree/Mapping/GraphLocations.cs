using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Location.Cache;
using InsureeRow = OpenImis.Fhir.Modules.Insuree.Data.Insuree;
using Location = OpenImis.Fhir.Modules.Location.Data.Location;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Mapping;

/// <summary>
/// A location cache holding the villages an entity graph links (insuree's own, family's) with their parents, as
/// they are when it is built: the mapping-table tests set location columns through navigations, the mappers read
/// locations by id from the cache.
/// </summary>
internal static class GraphLocations
{
    public static ILocationLookup Of(InsureeRow row) =>
        LocationSnapshot.Build(Chain(row.CurrentVillage).Concat(Chain(row.Family?.Location)).DistinctBy(l => l.Id), InsureeFixtures.Stamp);

    public static ILocationLookup Of(Family row) => LocationSnapshot.Build(Chain(row.Location), InsureeFixtures.Stamp);

    private static IEnumerable<Location> Chain(Location? location)
    {
        for (; location is not null; location = location.Parent)
        {
            yield return location;
        }
    }
}
