using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
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

/// <summary>Claim administrators (<c>tblClaimAdmin</c>) as openimis-claim-administrator-practitioner: one source of Practitioner.</summary>
internal sealed class ClaimAdminPractitionerHandler(
    ImisDbContext db, TimeProvider clock, IOptionsMonitor<FhirServerOptions> options, FhirCallerContext caller)
    : VersionedResourceHandler<ClaimAdmin, Practitioner>(db, clock, options)
{
    public override string Profile => OpenImisIg.ClaimAdministratorPractitionerProfile;

    protected override IReadOnlyList<SearchParameter<ClaimAdmin>> ResourceSearchParameters => ClaimAdminSearchParameters.Practitioner;

    // A district user (tblUsersDistricts) sees the claim administrators of its districts' health facilities only; one
    // without a facility is in no district, so it sees none of those either.
    protected override IQueryable<ClaimAdmin> Scope(IQueryable<ClaimAdmin> rows) =>
        caller.Caller.DistrictIds is { } districts
            ? rows.Where(a => Db.Set<FacilityDistrict>().Any(f => f.FacilityId == a.HealthFacilityId && districts.Contains(f.LocationId)))
            : rows;

    protected override string? CallerLimit => DistrictLimit.Describe(caller.Caller);

    // A create without the profile still belongs here when its qualification says CA.
    public override bool Accepts(Resource resource) =>
        base.Accepts(resource)
        || (resource is Practitioner p && p.Meta?.Profile.Any() != true
            && PractitionerPerson.HasCode(p.Qualification.Select(q => q.Code).OfType<CodeableConcept>(), PractitionerPerson.ClaimAdministrator));

    protected override Practitioner ToFhir(ClaimAdmin row) => ClaimAdminMapper.ToPractitioner(row);

    protected override async System.Threading.Tasks.Task ApplyAsync(Practitioner resource, ClaimAdmin row, bool creating, CancellationToken cancellationToken)
    {
        ClaimAdminMapper.ToEntity(resource, row);
        await RequireFreeCodeAsync(Db, row, cancellationToken);
    }

    /// <summary>openIMIS keeps a claim administrator's code unique among the live ones, without an index: the lock
    /// makes "free, so take it" one step for concurrent writers.</summary>
    public static async System.Threading.Tasks.Task RequireFreeCodeAsync(ImisDbContext db, ClaimAdmin row, CancellationToken cancellationToken)
    {
        var code = row.Code!;
        await db.LockValueAsync("tblClaimAdmin.ClaimAdminCode", code, cancellationToken);
        var id = row.Id;
        if (await db.Set<ClaimAdmin>().AnyAsync(a => a.Code == code && a.ValidityTo == null && a.Id != id, cancellationToken))
        {
            throw FhirException.Unprocessable(
                $"{ClaimAdminMapper.CodeElement}: code '{code}' is already another live claim administrator's.", ClaimAdminMapper.CodeElement);
        }
    }
}
