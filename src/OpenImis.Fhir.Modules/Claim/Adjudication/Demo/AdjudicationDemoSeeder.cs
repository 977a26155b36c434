using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Medical.Data;

namespace OpenImis.Fhir.Modules.Claim.Adjudication.Demo;

/// <summary>
/// Four demo claims, one per adjudication state a ClaimResponse shows (entered, checked, valuated, rejected), each
/// with an item and a service line, for the first demo insurees at the first facility. None when a registry they
/// need is empty.
/// </summary>
internal sealed class AdjudicationDemoSeeder : IDemoDataSeeder
{
    // After insurees, facilities, medical items, diagnoses and claim administrators.
    public int Order => 80;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Set<ClaimRow>().AnyAsync(cancellationToken))
        {
            return;
        }

        var insurees = await db.Set<Insuree.Data.Insuree>().Where(i => i.ValidityTo == null).OrderBy(i => i.Id).Select(i => i.Id).Take(4).ToListAsync(cancellationToken);
        var facility = await db.Set<HealthFacility.Data.HealthFacility>().Where(h => h.ValidityTo == null).OrderBy(h => h.Id).Select(h => (int?)h.Id).FirstOrDefaultAsync(cancellationToken);
        var diagnosis = await db.Set<Diagnosis>().Where(d => d.ValidityTo == null).OrderBy(d => d.Id).Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
        var item = await db.Set<MedicalItem>().Where(i => i.ValidityTo == null).OrderBy(i => i.Id).FirstOrDefaultAsync(cancellationToken);
        var service = await db.Set<MedicalService>().Where(s => s.ValidityTo == null).OrderBy(s => s.Id).FirstOrDefaultAsync(cancellationToken);
        var admin = await db.Set<ClaimAdministrator.Data.ClaimAdmin>().Where(a => a.ValidityTo == null).OrderBy(a => a.Id).Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (insurees.Count == 0 || facility is null || diagnosis is null || item is null || service is null)
        {
            return;
        }

        var created = today.AddDays(-20).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
        short[] statuses = [ClaimCodes.StatusEntered, ClaimCodes.StatusChecked, ClaimCodes.StatusValuated, ClaimCodes.StatusRejected];
        for (var i = 0; i < statuses.Length; i++)
        {
            var visit = today.AddDays(-30 + i);
            var claim = new ClaimRow
            {
                Uuid = $"7c1a0e52-3b4d-4f6a-8e9c-00000000000{i + 1}",
                Code = $"DEMO-CLM-{i + 1}",
                Status = statuses[i],
                DateFrom = visit,
                DateClaimed = visit.AddDays(1),
                DateProcessed = statuses[i] == ClaimCodes.StatusValuated ? visit.AddDays(5) : null,
                Category = "V",
                VisitType = "O",
                InsureeId = insurees[i % insurees.Count],
                HealthFacilityId = facility.Value,
                DiagnosisId = diagnosis.Value,
                ClaimAdminId = admin,
                ReviewStatus = ClaimCodes.ReviewIdle,
                FeedbackStatus = ClaimCodes.ReviewIdle,
                Claimed = (2 * item.Price) + service.Price,
                ValidityFrom = created,
                AuditUserId = 0,
            };
            claim.Items.Add(Line(new ClaimItem { ItemId = item.Id, Availability = true }, 2, item.Price, statuses[i], created));
            claim.Services.Add(Line(new ClaimService { ServiceId = service.Id }, 1, service.Price, statuses[i], created));
            db.Add(claim);
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static T Line<T>(T line, decimal qty, decimal price, short claimStatus, DateTime created)
        where T : ClaimLine
    {
        var rejected = claimStatus == ClaimCodes.StatusRejected;
        line.Status = rejected ? ClaimCodes.LineRejected : ClaimCodes.LinePassed;
        line.RejectionReason = rejected ? (short)7 : (short)0;
        line.QtyProvided = qty;
        line.PriceAsked = price;
        line.PriceAdjusted = claimStatus >= ClaimCodes.StatusChecked ? price : null;
        line.PriceValuated = claimStatus == ClaimCodes.StatusValuated ? qty * price : null;
        line.RemuneratedAmount = line.PriceValuated;
        line.PriceOrigin = "P";
        line.ValidityFrom = created;
        line.AuditUserId = 0;
        return line;
    }
}
