using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Modules.Shared;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Claim.Data;

namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// Claims as openimis-claim-response (id = the claim's UUID): read, vread, search and history, and review and
/// valuation by update. A response exists only as its claim's: create answers 405 (POST a Claim), and so does
/// delete (a claim is not deleted through its adjudication).
/// </summary>
internal sealed class ClaimResponseHandler(
    ImisDbContext db,
    TimeProvider clock,
    IOptionsMonitor<FhirServerOptions> options,
    ClaimResponseMapper mapper,
    ClaimResponseSearchParameters searchParameters,
    ClaimReview review,
    FhirCallerContext caller)
    : VersionedResourceHandler<ClaimRow, ClaimResponse>(db, clock, options)
{
    public override string Profile => ClaimResponseCodes.Profile;

    // A district user (tblUsersDistricts) sees a claim of a health facility in its districts only, as in openIMIS (404 elsewhere, left out of searches).
    protected override IQueryable<ClaimRow> Scope(IQueryable<ClaimRow> rows) =>
        caller.Caller.DistrictIds is { } districts ? rows.Where(c => districts.Contains(c.HealthFacility!.LocationId)) : rows;

    protected override string? CallerLimit => DistrictLimit.Describe(caller.Caller);

    protected override IReadOnlyList<SearchParameter<ClaimRow>> ResourceSearchParameters => searchParameters.All;

    protected override IQueryable<ClaimRow> Shape(IQueryable<ClaimRow> rows) => rows
        .Include(c => c.Insuree)
        .Include(c => c.ClaimAdmin)
        .Include(c => c.Items.Where(l => l.ValidityTo == null)).ThenInclude(l => l.Item)
        .Include(c => c.Services.Where(l => l.ValidityTo == null)).ThenInclude(l => l.Service)
        .AsSplitQuery();

    protected override ClaimResponse ToFhir(ClaimRow row) => mapper.ToFhir(row, ClaimResponseMapper.Ordered(row.Items, row.Services));

    // Lines point at the live claim, so a superseded version gets the lines as they were just before it ended.
    protected override async System.Threading.Tasks.Task LoadVersionsAsync(IReadOnlyList<ClaimRow> versions, CancellationToken cancellationToken)
    {
        foreach (var version in versions)
        {
            var liveId = version.LegacyId!.Value;
            var end = version.ValidityTo ?? DateTime.MaxValue;
            version.Items = await Db.Set<ClaimItem>().AsNoTracking().Include(l => l.Item)
                .Where(l => l.ClaimId == liveId && l.ValidityFrom < end && (l.ValidityTo == null || l.ValidityTo >= end))
                .ToListAsync(cancellationToken);
            version.Services = await Db.Set<ClaimService>().AsNoTracking().Include(l => l.Service)
                .Where(l => l.ClaimId == liveId && l.ValidityFrom < end && (l.ValidityTo == null || l.ValidityTo >= end))
                .ToListAsync(cancellationToken);
        }
    }

    // A response exists only as its claim's: POST the Claim, then review or valuate it with PUT ClaimResponse/<claim UUID>.
    protected override WriteInteractions Writes => WriteInteractions.Update;

    protected override System.Threading.Tasks.Task ApplyAsync(ClaimResponse resource, ClaimRow row, bool creating, CancellationToken cancellationToken) =>
        review.ApplyAsync(resource, row, cancellationToken);
}
