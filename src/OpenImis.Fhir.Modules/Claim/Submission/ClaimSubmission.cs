using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Claim.Submission.Rules;

namespace OpenImis.Fhir.Modules.Claim.Submission;

/// <summary>
/// Submits an entered claim in the transaction that entered it (§1.1 step 4–5): the Entered version is kept as a
/// history copy with its lines, the rule engine judges the claim, and the claim becomes Checked, with its approved
/// amount and its deductibles and ceilings booked, or Rejected with the reason (decision §6.6).
/// </summary>
internal sealed class ClaimSubmission(ImisDbContext db, ClaimRuleEngine engine, DedRemBooking booking, TimeProvider clock)
{
    public async System.Threading.Tasks.Task SubmitAsync(ClaimRow claim, int auditUserId, CancellationToken cancellationToken)
    {
        var now = RowHistory.NextValidityFrom(clock.GetUtcNow().UtcDateTime, claim.ValidityFrom);
        KeepEnteredVersion(claim, now);
        claim.ValidityFrom = now;

        var claimReason = await engine.RunAsync(claim, cancellationToken);
        var lines = claim.Items.Cast<ClaimLine>().Concat(claim.Services).ToList();
        claim.SubmitStamp = now;
        claim.AuditUserIdSubmit = auditUserId;
        if (claimReason != 0 || lines.All(l => l.Status == ClaimCodes.LineRejected))
        {
            claim.Status = ClaimCodes.StatusRejected;
            claim.RejectionReason = claimReason != 0 ? claimReason : RejectionCodes.InvalidItem;
        }
        else
        {
            claim.Status = ClaimCodes.StatusChecked;
            claim.RejectionReason = RejectionCodes.Accepted;

            // Decision §6.7: what the accepted lines ask, at the adjusted unit price, whether or not some were rejected.
            claim.Approved = lines.Where(l => l.Status == ClaimCodes.LinePassed)
                .Sum(l => (l.QtyApproved ?? l.QtyProvided) * (l.PriceApproved ?? l.PriceAdjusted ?? l.PriceAsked));
            await booking.BookAsync(claim, now, auditUserId, cancellationToken);
        }

        await db.SaveChangesCheckedAsync(cancellationToken);
    }

    // openIMIS's submit saves the Entered claim as history first (claim.save_history): the copy keeps copies of the lines.
    private void KeepEnteredVersion(ClaimRow claim, DateTime now)
    {
        var copy = new ClaimRow();
        db.Entry(copy).CurrentValues.SetValues(db.Entry(claim).CurrentValues);
        copy.Id = 0;
        copy.Uuid = Guid.NewGuid().ToString();
        copy.ValidityTo = now;
        copy.LegacyId = claim.Id;
        foreach (var item in claim.Items)
        {
            copy.Items.Add(CopyLine(item, new ClaimItem(), now));
        }

        foreach (var service in claim.Services)
        {
            copy.Services.Add(CopyLine(service, new ClaimService(), now));
        }

        db.Add(copy);
    }

    private T CopyLine<T>(T line, T copy, DateTime now)
        where T : ClaimLine
    {
        db.Entry(copy).CurrentValues.SetValues(db.Entry(line).CurrentValues);
        copy.Id = 0;
        copy.ClaimId = 0;
        copy.ValidityTo = now;
        copy.LegacyId = line.Id;
        return copy;
    }
}
