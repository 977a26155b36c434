using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Policy.Data;

namespace OpenImis.Fhir.Modules.Policy.Coverage;

/// <summary>
/// Policies (<c>tblPolicy</c>) as openimis-coverage: read, vread, search and history. Read-only: a policy is made,
/// renewed and paid through Contract, which applies openIMIS's rules (README decision on enrolment).
/// </summary>
internal sealed class CoverageHandler(ImisDbContext db, TimeProvider clock, IOptionsMonitor<FhirServerOptions> options,
    FhirCallerContext caller)
    : VersionedResourceHandler<PolicyRow, Hl7.Fhir.Model.Coverage>(db, clock, options)
{
    public override string Profile => PolicyIg.CoverageProfile;

    // A district user (tblUsersDistricts) sees a policy of a family in its districts only, as in openIMIS (404 elsewhere, left out of searches).
    protected override IQueryable<PolicyRow> Scope(IQueryable<PolicyRow> rows) =>
        caller.Caller.DistrictIds is { } districts ? rows.Where(p => p.Family!.Location!.Parent!.ParentId != null && districts.Contains(p.Family!.Location!.Parent!.ParentId!.Value)) : rows;

    protected override WriteInteractions Writes => WriteInteractions.None;

    protected override IReadOnlyList<SearchParameter<PolicyRow>> ResourceSearchParameters => CoverageSearchParameters.All;

    protected override IQueryable<PolicyRow> Shape(IQueryable<PolicyRow> rows) =>
        rows.Include(p => p.Family).ThenInclude(f => f!.HeadInsuree).Include(p => p.Product);

    protected override Hl7.Fhir.Model.Coverage ToFhir(PolicyRow row) => CoverageMapper.ToFhir(row);

    protected override System.Threading.Tasks.Task ApplyAsync(
        Hl7.Fhir.Model.Coverage resource, PolicyRow row, bool creating, CancellationToken cancellationToken) =>
        throw FhirException.NotSupported("Coverage is read-only: enrol, renew or pay a policy through Contract.");
}
