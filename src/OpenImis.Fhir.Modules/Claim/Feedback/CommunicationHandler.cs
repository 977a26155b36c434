using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Shared;
using FeedbackRow = OpenImis.Fhir.Modules.Claim.Data.Feedback;

namespace OpenImis.Fhir.Modules.Claim.Feedback;

/// <summary>
/// An insuree's feedback answers (<c>tblFeedback</c>) as openimis-communication: create, read and search. A create
/// stores the five answers and marks the claim delivered (§5.2); the claim row stays locked until the transaction
/// ends, so of two answers for one claim the second finds the first and is refused.
/// </summary>
internal sealed class CommunicationHandler(
    ImisDbContext db, TimeProvider clock, IOptionsMonitor<FhirServerOptions> options, FhirCallerContext caller)
    : VersionedResourceHandler<FeedbackRow, Communication>(db, clock, options), ICreateHandler
{
    private int _claimId;

    public override string Profile => FeedbackIg.CommunicationProfile;

    protected override IReadOnlyList<SearchParameter<FeedbackRow>> ResourceSearchParameters => FeedbackSearchParameters.Communication;

    // A district user (tblUsersDistricts) sees the feedback on claims of health facilities in its districts only, as
    // the claims themselves; answering a claim elsewhere is refused (its claim is not there for it either).
    protected override IQueryable<FeedbackRow> Scope(IQueryable<FeedbackRow> rows) =>
        caller.Caller.DistrictIds is { } districts ? rows.Where(f => districts.Contains(f.Claim!.HealthFacility!.LocationId)) : rows;

    protected override string? CallerLimit => DistrictLimit.Describe(caller.Caller);

    protected override IQueryable<FeedbackRow> Shape(IQueryable<FeedbackRow> rows) => rows.Include(f => f.Claim).ThenInclude(c => c!.Insuree);

    protected override Communication ToFhir(FeedbackRow row) => FeedbackMapper.ToCommunication(row);

    /// <summary>The engine's create, then the claim's <c>FeedbackID</c>, which exists only once the row is written.</summary>
    public new async Task<Resource> CreateAsync(Resource resource, CancellationToken cancellationToken)
    {
        var created = await base.CreateAsync(resource, cancellationToken);
        var feedbackId = await Db.Set<FeedbackRow>().Where(UuidEquals(created.Id!)).Select(f => f.Id).SingleAsync(cancellationToken);
        await Db.Set<ClaimRow>().Where(c => c.Id == _claimId).ExecuteUpdateAsync(s => s.SetProperty(c => c.FeedbackId, feedbackId), cancellationToken);
        return created;
    }

    // Feedback answers are given once: no update or delete (405).
    protected override WriteInteractions Writes => WriteInteractions.Create;

    protected override async System.Threading.Tasks.Task ApplyAsync(Communication resource, FeedbackRow row, bool creating, CancellationToken cancellationToken)
    {
        var answers = FeedbackAnswers.From(resource);
        var claimKey = await Db.LockLiveRowAsync<ClaimRow>(answers.ClaimUuid, cancellationToken);
        var claim = claimKey is null ? null : await Db.Set<ClaimRow>().Include(c => c.Insuree).SingleAsync(c => c.Id == claimKey, cancellationToken);
        if (claim is null || claim.ValidityTo is not null)
        {
            throw FhirException.Unprocessable($"Communication.about: Claim/{answers.ClaimUuid} does not exist.", "Communication.about");
        }

        if (!string.Equals(claim.Insuree?.Uuid, answers.PatientUuid, StringComparison.OrdinalIgnoreCase))
        {
            throw FhirException.Unprocessable(
                $"Communication.subject: Patient/{answers.PatientUuid} is not the insuree of Claim/{answers.ClaimUuid}.", "Communication.subject");
        }

        if (await Db.Set<FeedbackRow>().AnyAsync(f => f.ClaimId == claim.Id && f.ValidityTo == null, cancellationToken))
        {
            throw FhirException.Conflict($"Claim/{answers.ClaimUuid} already has feedback; it is given once.");
        }

        row.ClaimId = claim.Id;
        row.CareRendered = answers.CareRendered;
        row.PaymentAsked = answers.PaymentAsked;
        row.DrugPrescribed = answers.DrugPrescribed;
        row.DrugReceived = answers.DrugReceived;
        row.Assessment = answers.Assessment;
        row.FeedbackDate = Clock.GetUtcNow().UtcDateTime;

        // As openIMIS's FHIR module does: the claim is marked delivered in place, without a history copy.
        claim.FeedbackStatus = ClaimCodes.ReviewDelivered;
        claim.Feedback = true;
        _claimId = claim.Id;
    }
}
