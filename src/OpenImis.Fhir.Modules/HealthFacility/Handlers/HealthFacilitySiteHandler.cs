using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Modules.HealthFacility.Mapping;
using OpenImis.Fhir.Modules.HealthFacility.Search;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.HealthFacility.Handlers;

/// <summary>
/// Health facilities (<c>tblHF</c>) as Location sites (physicalType <c>si</c>), read-only: a facility is written as
/// its Organization, whose id it shares.
/// </summary>
internal sealed class HealthFacilitySiteHandler(
    ImisDbContext db,
    TimeProvider clock,
    IOptionsMonitor<FhirServerOptions> options,
    SiteLocationMapper mapper,
    FhirCallerContext caller)
    : VersionedResourceHandler<Data.HealthFacility, Hl7.Fhir.Model.Location>(db, clock, options)
{
    public override string Profile => OpenImisIg.HealthFacilityLocationProfile;

    protected override WriteInteractions Writes => WriteInteractions.None;

    // A district user (tblUsersDistricts) sees the facilities of its districts only, as openIMIS filters them
    // (HealthFacility.get_queryset: LocationId among the user's districts).
    protected override IQueryable<Data.HealthFacility> Scope(IQueryable<Data.HealthFacility> rows) =>
        caller.Caller.DistrictIds is { } districts ? rows.Where(h => districts.Contains(h.LocationId)) : rows;

    // A new Location is a region, district, ward or village (the Location module's source), never a site.
    public override bool Accepts(Hl7.Fhir.Model.Resource resource) => false;

    protected override IReadOnlyList<SearchParameter<Data.HealthFacility>> ResourceSearchParameters => SiteSearchParameters.All;

    protected override Hl7.Fhir.Model.Location ToFhir(Data.HealthFacility row) => mapper.ToFhir(row);

    protected override System.Threading.Tasks.Task ApplyAsync(
        Hl7.Fhir.Model.Location resource, Data.HealthFacility row, bool creating, CancellationToken cancellationToken) =>
        throw FhirException.NotSupported("A health facility site is written as its Organization.");
}
