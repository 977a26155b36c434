using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Policy.Data;

namespace OpenImis.Fhir.Modules.Claim.Demo;

/// <summary>
/// Demo claims in every status (Entered, Checked, Rejected, Processed, Valuated) for insurees who have an active
/// policy when the seeder runs; without such insurees (the Policy demo not seeded) it writes nothing. The rows are
/// written as openIMIS leaves them in each status, not run through the rule engine.
/// </summary>
internal sealed class ClaimDemoSeeder : IDemoDataSeeder
{
    public const string CodePrefix = "DEMO-CLM-";

    private static readonly short[] Statuses =
        [ClaimCodes.StatusEntered, ClaimCodes.StatusChecked, ClaimCodes.StatusRejected, ClaimCodes.StatusProcessed, ClaimCodes.StatusValuated];

    // After every seeder the claims point at (insurees, facilities, medical, claim administrators, policies).
    public int Order => 90;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Set<ClaimRow>().AnyAsync(cancellationToken))
        {
            return;
        }

        var covered = await db.Set<InsureePolicy>()
            .Where(ip => ip.ValidityTo == null && ip.EffectiveDate != null && ip.EffectiveDate <= today && ip.ExpiryDate >= today)
            .Where(ip => ip.Policy!.ValidityTo == null && ip.Policy.Status == PolicyCodes.StatusActive)
            .OrderBy(ip => ip.InsureeId).Select(ip => new { ip.InsureeId, ip.PolicyId, ip.Policy!.ProductId, Effective = ip.EffectiveDate!.Value })
            .Distinct().Take(Statuses.Length).ToListAsync(cancellationToken);
        var facility = await db.Set<HealthFacility.Data.HealthFacility>().Where(h => h.ValidityTo == null).OrderBy(h => h.Id).FirstOrDefaultAsync(cancellationToken);
        var admin = await db.Set<ClaimAdministrator.Data.ClaimAdmin>().Where(a => a.ValidityTo == null).OrderBy(a => a.Id).FirstOrDefaultAsync(cancellationToken);
        var diagnosis = await db.Set<Medical.Data.Diagnosis>().Where(d => d.ValidityTo == null).OrderBy(d => d.Id).FirstOrDefaultAsync(cancellationToken);
        var item = await db.Set<Medical.Data.MedicalItem>().Where(i => i.ValidityTo == null).OrderBy(i => i.Id).FirstOrDefaultAsync(cancellationToken);
        if (covered.Count == 0 || facility is null || diagnosis is null || item is null)
        {
            return;
        }

        var stamp = today.AddDays(-1).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        for (var i = 0; i < Statuses.Length; i++)
        {
            var who = covered[i % covered.Count];
            var visit = today.AddDays(-2 - i) < who.Effective ? who.Effective : today.AddDays(-2 - i);
            var status = Statuses[i];
            var accepted = status != ClaimCodes.StatusRejected;
            var line = new ClaimItem
            {
                ItemId = item.Id, Availability = true, QtyProvided = 1, PriceAsked = item.Price,
                Status = accepted ? ClaimCodes.LinePassed : ClaimCodes.LineRejected,
                RejectionReason = accepted ? (short)0 : (short)2,
                PolicyId = accepted && status != ClaimCodes.StatusEntered ? who.PolicyId : null,
                ProductId = accepted && status != ClaimCodes.StatusEntered ? who.ProductId : null,
                PriceValuated = status == ClaimCodes.StatusValuated ? item.Price : null,
                ValidityFrom = stamp, AuditUserId = -1,
            };
            db.Add(new ClaimRow
            {
                Uuid = DemoClaimUuid(i), Code = CodePrefix + (i + 1).ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
                Status = status, DateFrom = visit, DateTo = visit, DateClaimed = visit, VisitType = "O",
                Claimed = item.Price, Approved = accepted && status != ClaimCodes.StatusEntered ? item.Price : null,
                Valuated = status == ClaimCodes.StatusValuated ? item.Price : null,
                RejectionReason = accepted ? (short)0 : (short)1, Category = "V",
                FeedbackStatus = FeedbackStatusOf(status), ReviewStatus = ClaimCodes.ReviewIdle,
                SubmitStamp = status == ClaimCodes.StatusEntered ? null : stamp,
                InsureeId = who.InsureeId, HealthFacilityId = facility.Id, ClaimAdminId = admin?.Id, DiagnosisId = diagnosis.Id,
                Items = [line], ValidityFrom = stamp, AuditUserId = -1,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        await SeedFeedbackAsync(db, today, stamp, cancellationToken);
    }

    // The processed claim is selected for feedback (a CommunicationRequest waiting for answers), the valuated one
    // has its answers (a Communication), as openIMIS's feedback selection and delivery leave them.
    private static short FeedbackStatusOf(short claimStatus) => claimStatus switch
    {
        ClaimCodes.StatusProcessed => ClaimCodes.ReviewSelected,
        ClaimCodes.StatusValuated => ClaimCodes.ReviewDelivered,
        _ => ClaimCodes.ReviewIdle,
    };

    private static async Task SeedFeedbackAsync(ImisDbContext db, DateOnly today, DateTime stamp, CancellationToken cancellationToken)
    {
        var claims = await db.Set<ClaimRow>()
            .Where(c => c.ValidityTo == null && (c.FeedbackStatus == ClaimCodes.ReviewSelected || c.FeedbackStatus == ClaimCodes.ReviewDelivered))
            .ToListAsync(cancellationToken);
        foreach (var claim in claims)
        {
            db.Add(new FeedbackPrompt { ClaimId = claim.Id, FeedbackPromptDate = today.AddDays(-1), SmsStatus = 0, ValidityFrom = stamp, AuditUserId = -1 });
            if (claim.FeedbackStatus != ClaimCodes.ReviewDelivered)
            {
                continue;
            }

            var answers = new Data.Feedback
            {
                Uuid = "0c1af00d-7e57-4c1a-9de0-000000000001", ClaimId = claim.Id, CareRendered = true, PaymentAsked = false,
                DrugPrescribed = true, DrugReceived = true, Assessment = 4, FeedbackDate = stamp, ValidityFrom = stamp, AuditUserId = -1,
            };
            db.Add(answers);
            await db.SaveChangesAsync(cancellationToken);
            claim.Feedback = true;
            claim.FeedbackId = answers.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static string DemoClaimUuid(int index) => new Guid(0x0C1A1000 + index, 0x7E57, 0x4C1A, 0x9D, 0xE0, 0, 0, 0, 0, 0, (byte)index).ToString();
}
