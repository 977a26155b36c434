using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
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

/// <summary>Health facilities (<c>tblHF</c>) as openimis-health-facility-organization: the <c>prov</c> source of Organization.</summary>
internal sealed class HealthFacilityOrganizationHandler(
    ImisDbContext db,
    TimeProvider clock,
    IOptionsMonitor<FhirServerOptions> options,
    OrganizationMapper mapper,
    HealthFacilityLookups lookups,
    HealthFacilityReferrers referrers,
    FhirCallerContext caller)
    : VersionedResourceHandler<Data.HealthFacility, Organization>(db, clock, options)
{
    public override string Profile => OpenImisIg.HealthFacilityOrganizationProfile;

    // Organization has three sources (prov, bus, ins): a health facility is named by its profile or its type.
    public override bool Accepts(Resource resource) =>
        base.Accepts(resource)
        || (resource is Organization organization
            && organization.Type.SelectMany(t => t.Coding).Any(c => c.Code == OrganizationMapper.ProviderType
                && (c.System is null || c.System == OrganizationMapper.OrganizationTypeSystem)));

    protected override IReadOnlyList<SearchParameter<Data.HealthFacility>> ResourceSearchParameters => OrganizationSearchParameters.All;

    // A district user (tblUsersDistricts) sees the facilities of its districts only, as openIMIS filters them
    // (HealthFacility.get_queryset: LocationId among the user's districts).
    protected override IQueryable<Data.HealthFacility> Scope(IQueryable<Data.HealthFacility> rows) =>
        caller.Caller.DistrictIds is { } districts ? rows.Where(h => districts.Contains(h.LocationId)) : rows;

    protected override string? CallerLimit => DistrictLimit.Describe(caller.Caller);

    // The district and region come from the location cache (OrganizationMapper), not from joins.
    protected override IQueryable<Data.HealthFacility> Shape(IQueryable<Data.HealthFacility> rows) => rows.Include(h => h.LegalForm);

    protected override Organization ToFhir(Data.HealthFacility row) => mapper.ToFhir(row);

    protected override async System.Threading.Tasks.Task ApplyAsync(
        Organization resource, Data.HealthFacility row, bool creating, CancellationToken cancellationToken)
    {
        var references = OrganizationReferences.Read(resource);
        var district = await lookups.LiveDistrictAsync(references.DistrictId, OrganizationReferences.DistrictElement, cancellationToken);
        var legalForm = await lookups.LegalFormAsync(references.LegalFormCode, OrganizationReferences.LegalFormElement, cancellationToken);
        OrganizationMapper.ToEntity(resource, row, district, legalForm);

        // openIMIS has no unique index on HFCode: the lock makes "free, so take it" one step for concurrent writers.
        await Db.LockValueAsync("tblHF.HFCode", row.Code, cancellationToken);
        if (await lookups.CodeTakenAsync(row.Code, row.Id, cancellationToken))
        {
            throw FhirException.Unprocessable(
                $"Organization.identifier[Code]: code '{row.Code}' is already another live health facility's.", "Organization.identifier[Code].value");
        }
    }

    protected override async System.Threading.Tasks.Task OnDeletingAsync(Data.HealthFacility row, CancellationToken cancellationToken)
    {
        if (await referrers.FirstAsync(row.Id, cancellationToken) is { } users)
        {
            throw FhirException.Conflict(
                $"Organization/{row.Uuid.ToLowerInvariant()} is the health facility of {users}: openIMIS keeps a facility while live rows name it.");
        }
    }
}
