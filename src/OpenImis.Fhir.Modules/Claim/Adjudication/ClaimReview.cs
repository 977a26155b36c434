using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Claim.Data;

namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// <c>PUT ClaimResponse/{claim UUID}</c> (§2.4), inside the engine's update: the claim row is locked, If-Match
/// checked and the claim's history copy made. The outcome names the step: <c>partial</c> saves the review,
/// <c>complete</c> saves it and processes the claim (valuation, §2.3). Only a checked claim (status 4) moves; a
/// review that rejects every line rejects the claim (§2.1).
/// </summary>
internal sealed class ClaimReview(ImisDbContext db, TimeProvider clock, ClaimResponseCodes codes, ClaimProcessing processing)
{
    public async System.Threading.Tasks.Task ApplyAsync(ClaimResponse resource, ClaimRow claim, CancellationToken cancellationToken)
    {
        var process = resource.Outcome switch
        {
            ClaimProcessingCodes.Partial => false,
            ClaimProcessingCodes.Complete => true,
            _ => throw FhirException.Unprocessable(
                "ClaimResponse.outcome names the step: partial (save the review) or complete (review and valuate).", "ClaimResponse.outcome"),
        };
        if (claim.Status != ClaimCodes.StatusChecked)
        {
            throw FhirException.Conflict(
                $"ClaimResponse/{claim.Uuid.ToLowerInvariant()}: the claim is {StatusName(claim.Status)}; only a checked claim (status 4) can be reviewed or valuated.");
        }

        var lines = ClaimResponseMapper.Ordered(claim.Items, claim.Services);
        var decisions = ReviewDecisions.Read(resource, lines, codes);
        var now = VersionTime(claim);
        var audit = db.AuditUserId;
        ClaimLineHistory.KeepCopies(db, lines, now, audit);
        foreach (var decision in decisions)
        {
            Apply(decision, lines[decision.Line], audit);
        }

        claim.Adjustment = resource.ProcessNote.FirstOrDefault()?.Text ?? claim.Adjustment;
        if (decisions.Count > 0)
        {
            claim.ReviewStatus = ClaimCodes.ReviewDelivered;
            claim.AuditUserIdReview = audit;
        }

        var accepted = lines.Where(l => !ClaimResponseTotals.IsRejected(l)).ToList();
        claim.Approved = accepted.Sum(l => (l.PriceApproved ?? l.PriceAdjusted ?? l.PriceAsked) * ClaimResponseTotals.ApprovedQuantity(l));
        if (accepted.Count == 0)
        {
            claim.Status = ClaimCodes.StatusRejected;
            await processing.ReleaseAsync(claim, now, cancellationToken);
        }
        else if (process)
        {
            await processing.ProcessAsync(claim, accepted, now, cancellationToken);
        }
    }

    private static void Apply(ReviewDecision decision, ClaimLine line, int audit)
    {
        line.AuditUserIdReview = audit;
        line.Justification = decision.Justification ?? line.Justification;
        if (decision.Rejected)
        {
            // A line the rule engine rejected keeps the engine's reason; echoing it back changes nothing.
            if (line.RejectionReason is not > 0)
            {
                line.Status = ClaimCodes.LineRejected;
                line.RejectionReason = decision.Reason;
            }

            return;
        }

        if (line.RejectionReason is > 0)
        {
            throw FhirException.Unprocessable(
                $"ClaimResponse.item[itemSequence={decision.Line + 1}]: the rule engine rejected this line (reason {line.RejectionReason}); a review cannot approve it.",
                "ClaimResponse.item.adjudication");
        }

        line.Status = ClaimCodes.LinePassed;
        line.RejectionReason = ClaimResponseCodes.Accepted;

        // As upstream: an approval equal to what was asked is no approval, so a response read and sent back unchanged
        // does not turn the asked price into a reviewer's price (which valuation would then prefer to the price list).
        line.QtyApproved = decision.Quantity is { } q && q != line.QtyProvided ? q : null;
        line.PriceApproved = decision.UnitPrice is { } p && p != line.PriceAsked ? p : null;
    }

    // The engine made the claim's history copy, valid until the new version's ValidityFrom: the lines change at the same instant.
    private DateTime VersionTime(ClaimRow claim) =>
        db.ChangeTracker.Entries<ClaimRow>()
            .Where(e => e.State == EntityState.Added && e.Entity.LegacyId == claim.Id)
            .Select(e => e.Entity.ValidityTo)
            .FirstOrDefault()
        ?? RowHistory.NextValidityFrom(clock.GetUtcNow().UtcDateTime, claim.ValidityFrom);

    private static string StatusName(short status) => status switch
    {
        ClaimCodes.StatusRejected => "rejected (1)",
        ClaimCodes.StatusEntered => "entered (2), not yet checked",
        ClaimCodes.StatusProcessed => "processed (8)",
        ClaimCodes.StatusValuated => "valuated (16)",
        _ => $"in status {status}",
    };
}
