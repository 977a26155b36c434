using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Modules.Shared;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Claim.Mapping;
using OpenImis.Fhir.Modules.Claim.Search;
using OpenImis.Fhir.Modules.Claim.Submission;
using FhirClaim = Hl7.Fhir.Model.Claim;

namespace OpenImis.Fhir.Modules.Claim.Handlers;

/// <summary>
/// Claims (<c>tblClaim</c>) as openimis-claim: read, search, history, and create, which enters and submits the claim
/// in one transaction and answers with its ClaimResponse when that type is served (<see cref="ICreateAnswer"/>).
/// openIMIS changes a claim only through review and processing, so update and delete are not offered.
/// </summary>
internal sealed class ClaimHandler(
    ImisDbContext db,
    TimeProvider clock,
    IOptionsMonitor<FhirServerOptions> options,
    ClaimMapper mapper,
    ClaimEntry entry,
    ClaimSubmission submission,
    FhirCallerContext caller)
    : VersionedResourceHandler<ClaimRow, FhirClaim>(db, clock, options), ICreateAnswer
{
    public override string Profile => ClaimFhir.Profile;

    // A district user (tblUsersDistricts) sees a claim of a health facility in its districts only, as in openIMIS (404 elsewhere, left out of searches).
    protected override IQueryable<ClaimRow> Scope(IQueryable<ClaimRow> rows) =>
        caller.Caller.DistrictIds is { } districts ? rows.Where(c => districts.Contains(c.HealthFacility!.LocationId)) : rows;

    protected override string? CallerLimit => DistrictLimit.Describe(caller.Caller);

    public string AnswerType => "ClaimResponse";

    protected override WriteInteractions Writes => WriteInteractions.Create;

    protected override IReadOnlyList<SearchParameter<ClaimRow>> ResourceSearchParameters => ClaimSearchParameters.All;

    protected override IQueryable<ClaimRow> Shape(IQueryable<ClaimRow> rows) => rows
        .Include(c => c.Insuree).Include(c => c.HealthFacility).Include(c => c.ClaimAdmin)
        .Include(c => c.Diagnosis).Include(c => c.Diagnosis1).Include(c => c.Diagnosis2).Include(c => c.Diagnosis3).Include(c => c.Diagnosis4)
        .Include(c => c.Items).ThenInclude(l => l.Item).Include(c => c.Items).ThenInclude(l => l.Policy)
        .Include(c => c.Services).ThenInclude(l => l.Service).Include(c => c.Services).ThenInclude(l => l.Policy)
        .AsSplitQuery();

    protected override FhirClaim ToFhir(ClaimRow row) => mapper.ToFhir(row);

    protected override async System.Threading.Tasks.Task ApplyAsync(FhirClaim resource, ClaimRow row, bool creating, CancellationToken cancellationToken)
    {
        await entry.ApplyAsync(resource, row, Db.AuditUserId, cancellationToken);

        // Decision §6.1: a claim code is unique among all live claims, as the official module enters them; openIMIS has
        // no unique index on it, so the lock makes "free, so take it" one step for concurrent submissions.
        await Db.LockValueAsync("tblClaim.ClaimCode", row.Code, cancellationToken);
        if (await Db.Set<ClaimRow>().AnyAsync(c => c.Code == row.Code && c.ValidityTo == null, cancellationToken))
        {
            throw FhirException.Conflict($"Claim.identifier[Code]: the claim code '{row.Code}' is already a live claim's.");
        }
    }

    protected override System.Threading.Tasks.Task OnCreatedAsync(ClaimRow row, CancellationToken cancellationToken) =>
        submission.SubmitAsync(row, Db.AuditUserId, cancellationToken);
}
