using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Modules.Location.Mapping;
using OpenImis.Fhir.Modules.Location.Search;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Location.Handlers;

/// <summary>
/// Regions, districts, wards and villages (<c>tblLocations</c>) as openimis-location. The tree's rules: each level
/// sits under the level above it, a code is unique among live locations, and a location still in use (children,
/// families, insurees, health facilities) is not deleted.
/// </summary>
internal sealed class LocationHandler(
    ImisDbContext db,
    TimeProvider clock,
    IOptionsMonitor<FhirServerOptions> options,
    IEnumerable<ILocationDependents> dependents,
    FhirCallerContext caller)
    : VersionedResourceHandler<Data.Location, Hl7.Fhir.Model.Location>(db, clock, options), IResourceSource
{
    // How many users of a location a refused delete names; the message says how many more there are.
    private const int NamedUsers = 10;

    public override string Profile => OpenImisIg.LocationProfile;

    // A new Location is an area when it claims openimis-location or names one of the four levels; a health facility
    // (physicalType si) belongs to the HealthFacility module's source.
    public override bool Accepts(Hl7.Fhir.Model.Resource resource) =>
        base.Accepts(resource)
        || (resource is Hl7.Fhir.Model.Location location
            && location.PhysicalType?.Coding.Any(c => c.System == OpenImisIg.LocationTypeSystem && LocationLevels.IsKnown(c.Code)) == true);

    protected override IReadOnlyList<SearchParameter<Data.Location>> ResourceSearchParameters => LocationSearchParameters.All;

    // A district user (tblUsersDistricts) sees what openIMIS shows it (Location.get_queryset): its districts, their
    // wards and villages, and the regions above them, so that the addresses of its insurees and facilities resolve.
    protected override IQueryable<Data.Location> Scope(IQueryable<Data.Location> rows)
    {
        if (caller.Caller.DistrictIds is not { } districts)
        {
            return rows;
        }

        var regions = Db.Set<Data.Location>().Where(d => districts.Contains(d.Id) && d.ParentId != null).Select(d => d.ParentId!.Value);
        return rows.Where(l =>
            (l.Type == Data.LocationTypes.Region && regions.Contains(l.Id))
            || (l.Type == Data.LocationTypes.District && districts.Contains(l.Id))
            || (l.Type == Data.LocationTypes.Ward && l.ParentId != null && districts.Contains(l.ParentId.Value))
            || (l.Type == Data.LocationTypes.Village && l.Parent!.ParentId != null && districts.Contains(l.Parent.ParentId.Value)));
    }

    protected override string? CallerLimit => DistrictLimit.Describe(caller.Caller);

    protected override IQueryable<Data.Location> Shape(IQueryable<Data.Location> rows) => rows.Include(l => l.Parent);

    protected override Hl7.Fhir.Model.Location ToFhir(Data.Location row) => LocationMapper.ToFhir(row);

    protected override async System.Threading.Tasks.Task ApplyAsync(
        Hl7.Fhir.Model.Location resource, Data.Location row, bool creating, CancellationToken cancellationToken)
    {
        var type = LocationMapper.Type(resource);
        if (!creating && row.Type != type)
        {
            await RefuseLevelChangeAsync(row, type, cancellationToken);
        }

        var parent = await ParentAsync(resource, type, cancellationToken);

        LocationMapper.ToEntity(resource, row, parent);
        var code = row.Code!;

        // openIMIS has no unique index on the code: the lock makes "free, so take it" one step for concurrent writers.
        await Db.LockValueAsync("tblLocations.LocationCode", code, cancellationToken);
        var rowId = row.Id;
        if (await Db.Set<Data.Location>().AnyAsync(l => l.Code == code && l.ValidityTo == null && l.Id != rowId, cancellationToken))
        {
            throw FhirException.Unprocessable($"{LocationMapper.CodeElement}: code '{code}' is already another live location's.", LocationMapper.CodeElement);
        }
    }

    protected override async System.Threading.Tasks.Task OnDeletingAsync(Data.Location row, CancellationToken cancellationToken)
    {
        var users = await UsersAsync(row.Id, cancellationToken);
        if (users.Count > 0)
        {
            throw FhirException.Conflict(
                $"Location/{row.Uuid.ToLowerInvariant()} is still in use by {Describe(users)}: move or delete them first.");
        }
    }

    // The parent the level needs: none for a region, a live location of the level above for the others.
    private async Task<Data.Location?> ParentAsync(Hl7.Fhir.Model.Location resource, string type, CancellationToken cancellationToken)
    {
        var parentId = LocationMapper.ParentId(resource);
        var expected = LocationLevels.ParentOf(type);
        if (expected is null)
        {
            return parentId is null
                ? null
                : throw FhirException.Unprocessable($"{LocationMapper.PartOfElement}: a region is the top of the tree and has no parent.", LocationMapper.PartOfElement);
        }

        if (parentId is null)
        {
            throw FhirException.Unprocessable(
                $"{LocationMapper.PartOfElement} is required: a {LocationLevels.Display(type)} ({type}) sits under a {LocationLevels.Display(expected)} ({expected}).",
                LocationMapper.PartOfElement);
        }

        var parent = await Db.RequireLiveRowAsync<Data.Location>(parentId, $"Location/{parentId}", LocationMapper.PartOfElement, cancellationToken);
        return parent.Type == expected
            ? parent
            : throw FhirException.Unprocessable(
                $"{LocationMapper.PartOfElement}: Location/{parentId} is a {LocationLevels.Display(parent.Type)} ({parent.Type}); "
                + $"a {LocationLevels.Display(type)} ({type}) sits under a {LocationLevels.Display(expected)} ({expected}).",
                LocationMapper.PartOfElement);
    }

    // A new level would break the tree under the location, or put families and insurees in a place that is no village.
    private async System.Threading.Tasks.Task RefuseLevelChangeAsync(Data.Location row, string type, CancellationToken cancellationToken)
    {
        var users = await UsersAsync(row.Id, cancellationToken);
        if (users.Count > 0)
        {
            throw FhirException.Unprocessable(
                $"{LocationMapper.TypeElement}: Location/{row.Uuid.ToLowerInvariant()} cannot change from {row.Type} to {type} while {Describe(users)} use it.",
                LocationMapper.TypeElement);
        }
    }

    // The live children first, then what other modules have in the location; one more than named, to say "and more".
    private async Task<List<string>> UsersAsync(int locationId, CancellationToken cancellationToken)
    {
        var users = await Db.Set<Data.Location>()
            .Where(l => l.ParentId == locationId && l.ValidityTo == null)
            .OrderBy(l => l.Id)
            .Select(l => l.Uuid)
            .Take(NamedUsers + 1)
            .ToListAsync(cancellationToken);
        users = users.Select(u => $"Location/{u.ToLowerInvariant()}").ToList();
        foreach (var source in dependents)
        {
            if (users.Count > NamedUsers)
            {
                break;
            }

            users.AddRange(await source.FindAsync(locationId, NamedUsers + 1 - users.Count, cancellationToken));
        }

        return users;
    }

    private static string Describe(List<string> users) =>
        users.Count > NamedUsers
            ? $"{string.Join(", ", users.Take(NamedUsers))} and more"
            : string.Join(", ", users);
}
