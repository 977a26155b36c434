using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Modules.Claim.Data;

namespace OpenImis.Fhir.Modules.Claim.Feedback;

/// <summary>
/// Claims selected for feedback (<c>FeedbackStatus</c> 4 selected, 8 delivered, 16 bypassed) as
/// openimis-communication-request, id = the claim's UUID; read only, as openIMIS has no table for the request.
/// </summary>
internal sealed class CommunicationRequestHandler(
    ImisDbContext db, TimeProvider clock, IOptionsMonitor<FhirServerOptions> options, FhirCallerContext caller)
    : VersionedResourceHandler<ClaimRow, CommunicationRequest>(db, clock, options)
{
    public override string Profile => FeedbackIg.RequestProfile;

    protected override WriteInteractions Writes => WriteInteractions.None;

    protected override IReadOnlyList<SearchParameter<ClaimRow>> ResourceSearchParameters => FeedbackSearchParameters.Request;

    // The claims selected for feedback; for a district user (tblUsersDistricts) only those of health facilities in
    // its districts, as its claims (ClaimHandler).
    protected override IQueryable<ClaimRow> Scope(IQueryable<ClaimRow> rows)
    {
        rows = rows.Where(c => c.FeedbackStatus == ClaimCodes.ReviewSelected || c.FeedbackStatus == ClaimCodes.ReviewDelivered || c.FeedbackStatus == ClaimCodes.ReviewBypassed);
        return caller.Caller.DistrictIds is { } districts ? rows.Where(c => districts.Contains(c.HealthFacility!.LocationId)) : rows;
    }

    protected override IQueryable<ClaimRow> Shape(IQueryable<ClaimRow> rows) => rows.Include(c => c.Insuree).Include(c => c.ClaimAdmin);

    protected override CommunicationRequest ToFhir(ClaimRow row) => FeedbackMapper.ToRequest(row);

    protected override System.Threading.Tasks.Task ApplyAsync(CommunicationRequest resource, ClaimRow row, bool creating, CancellationToken cancellationToken) =>
        throw FhirException.NotSupported("A CommunicationRequest is a claim selected for feedback in openIMIS; it is read only.");
}
