using Hl7.Fhir.Model;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Modules.ClaimAdministrator.Data;
using OpenImis.Fhir.Modules.ClaimAdministrator.Mapping;
using OpenImis.Fhir.Modules.ClaimAdministrator.Search;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.ClaimAdministrator.Handlers;

/// <summary>
/// Claim administrators as openimis-claim-administrator-practitioner-role: one source of PractitionerRole, the same
/// row and id as the Practitioner. The role is how a client sets the administrator's health facility (update);
/// the administrator itself is created and deleted as the Practitioner.
/// </summary>
internal sealed class ClaimAdminRoleHandler(
    ImisDbContext db, TimeProvider clock, IOptionsMonitor<FhirServerOptions> options, FacilityIds facilities, FhirCallerContext caller)
    : VersionedResourceHandler<ClaimAdmin, PractitionerRole>(db, clock, options)
{
    private const string OrganizationElement = "PractitionerRole.organization";

    public override string Profile => OpenImisIg.ClaimAdministratorRoleProfile;

    protected override IReadOnlyList<SearchParameter<ClaimAdmin>> ResourceSearchParameters => ClaimAdminSearchParameters.Role;

    // A district user (tblUsersDistricts) sees the claim administrators of its districts' health facilities only; one
    // without a facility is in no district, so it sees none of those either.
    protected override IQueryable<ClaimAdmin> Scope(IQueryable<ClaimAdmin> rows) =>
        caller.Caller.DistrictIds is { } districts
            ? rows.Where(a => Db.Set<FacilityDistrict>().Any(f => f.FacilityId == a.HealthFacilityId && districts.Contains(f.LocationId)))
            : rows;

    protected override string? CallerLimit => DistrictLimit.Describe(caller.Caller);

    public override bool Accepts(Resource resource) =>
        base.Accepts(resource)
        || (resource is PractitionerRole r && r.Meta?.Profile.Any() != true && PractitionerPerson.HasCode(r.Code, PractitionerPerson.ClaimAdministrator));

    // The engine hands history rows over with the live administrator's UUID: the role's practitioner.
    protected override PractitionerRole ToFhir(ClaimAdmin row) =>
        ClaimAdminMapper.ToRole(row, row.HealthFacilityId is { } hf ? facilities.UuidOf(Db, hf) : null);

    protected override async System.Threading.Tasks.Task ApplyAsync(PractitionerRole resource, ClaimAdmin row, bool creating, CancellationToken cancellationToken)
    {
        if (creating)
        {
            throw FhirException.Unprocessable(
                "A claim administrator's PractitionerRole is created with its Practitioner (same id): create the Practitioner, then update this role.",
                "PractitionerRole");
        }

        var practitioner = FhirReferences.IdOf(resource.Practitioner, "Practitioner", "PractitionerRole.practitioner");
        if (!string.Equals(practitioner, row.Uuid, StringComparison.OrdinalIgnoreCase))
        {
            throw FhirException.Unprocessable(
                $"PractitionerRole.practitioner must be Practitioner/{row.Uuid.ToLowerInvariant()}: a claim administrator's role is its own.",
                "PractitionerRole.practitioner");
        }

        var facility = FhirReferences.IdOf(resource.Organization, "Organization", OrganizationElement)
            ?? throw FhirException.Unprocessable($"{OrganizationElement} (the health facility) is required.", OrganizationElement);
        row.HealthFacilityId = await FacilityIds.RequireLiveIdAsync(Db, facility, OrganizationElement, cancellationToken);
        row.Code = ColumnLimits.Required(IgIdentifiers.Find(resource.Identifier, IgIdentifiers.Code), 8, "PractitionerRole.identifier[Code]");
        await ClaimAdminPractitionerHandler.RequireFreeCodeAsync(Db, row, cancellationToken);
    }

    protected override System.Threading.Tasks.Task OnDeletingAsync(ClaimAdmin row, CancellationToken cancellationToken) =>
        throw FhirException.Conflict(
            $"PractitionerRole/{row.Uuid.ToLowerInvariant()} is the claim administrator's own role: delete Practitioner/{row.Uuid.ToLowerInvariant()}.");
}
