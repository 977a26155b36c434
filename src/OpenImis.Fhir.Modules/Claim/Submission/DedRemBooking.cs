using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Policy.Data;

namespace OpenImis.Fhir.Modules.Claim.Submission;

/// <summary>
/// Books what a checked claim takes from its policies' deductibles and ceilings (<c>tblClaimDedRem</c>, one row per
/// policy), as <c>process_dedrem</c> does at submit (§1.5, §2.3 steps 1–5 and 8): the line amounts it writes are the
/// deducted and the over-ceiling parts; valuation (PriceValuated, Remunerated) is left to processing.
/// </summary>
internal sealed class DedRemBooking(ImisDbContext db)
{
    public async System.Threading.Tasks.Task BookAsync(ClaimRow claim, DateTime now, int auditUserId, CancellationToken cancellationToken)
    {
        await db.Set<ClaimDedRem>().Where(r => r.ClaimId == claim.Id && r.ValidityTo == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ValidityTo, now), cancellationToken);
        var passed = claim.Items.Cast<ClaimLine>().Concat(claim.Services)
            .Where(l => l.Status == ClaimCodes.LinePassed && l.PolicyId is not null && l.ValidityTo is null).ToList();
        foreach (var group in passed.GroupBy(l => l.PolicyId!.Value))
        {
            db.Add(await BookPolicyAsync(claim, group.Key, group.ToList(), now, auditUserId, cancellationToken));
        }
    }

    private async Task<ClaimDedRem> BookPolicyAsync(ClaimRow claim, int policyId, List<ClaimLine> lines, DateTime now, int auditUserId, CancellationToken cancellationToken)
    {
        var product = await db.Set<PolicyRow>().Where(p => p.Id == policyId).Select(p => p.Product!).AsNoTracking().FirstAsync(cancellationToken);
        var hospital = (product.CeilingInterpretation == "I" && claim.DateTo is { } to && to != claim.DateFrom)
            || (product.CeilingInterpretation == "H" && claim.HealthFacility!.Level == "H");
        var previous = db.Set<ClaimDedRem>().Where(r => r.PolicyId == policyId && r.ClaimId != claim.Id && r.ValidityTo == null);
        var mine = previous.Where(r => r.InsureeId == claim.InsureeId);
        var general = new Deductibles.Usage(
            await previous.SumAsync(r => r.DedG ?? 0, cancellationToken), await mine.SumAsync(r => r.DedG ?? 0, cancellationToken),
            await previous.SumAsync(r => r.RemG ?? 0, cancellationToken), await mine.SumAsync(r => r.RemG ?? 0, cancellationToken));
        var split = hospital
            ? new Deductibles.Usage(
                await previous.SumAsync(r => r.DedIP ?? 0, cancellationToken), await mine.SumAsync(r => r.DedIP ?? 0, cancellationToken),
                await previous.SumAsync(r => r.RemIP ?? 0, cancellationToken), await mine.SumAsync(r => r.RemIP ?? 0, cancellationToken))
            : new Deductibles.Usage(
                await previous.SumAsync(r => r.DedOP ?? 0, cancellationToken), await mine.SumAsync(r => r.DedOP ?? 0, cancellationToken),
                await previous.SumAsync(r => r.RemOP ?? 0, cancellationToken), await mine.SumAsync(r => r.RemOP ?? 0, cancellationToken));
        var members = await db.Set<InsureePolicy>().CountAsync(ip => ip.PolicyId == policyId && ip.ValidityTo == null && ip.EffectiveDate != null, cancellationToken);
        var limits = Deductibles.For(product, hospital, general, split, members);

        decimal deducted = 0, remunerated = 0;
        foreach (var line in lines)
        {
            var (deduct, pay, exceed) = LineAmounts.Of(line, limits, deducted, remunerated);
            line.DeductableAmount = deduct;
            line.ExceedCeilingAmount = exceed;
            deducted += deduct;
            remunerated += pay;
        }

        var row = new ClaimDedRem
        {
            ClaimId = claim.Id, PolicyId = policyId, InsureeId = claim.InsureeId,
            DedG = deducted, RemG = remunerated, ValidityFrom = now, AuditUserId = auditUserId,
        };
        if (hospital)
        {
            (row.DedIP, row.RemIP) = (deducted, remunerated);
        }
        else
        {
            (row.DedOP, row.RemOP) = (deducted, remunerated);
        }

        switch (claim.Category)
        {
            case "C": row.RemConsult = remunerated; break;
            case "S": row.RemSurgery = remunerated; break;
            case "D": row.RemDelivery = remunerated; break;
            case "H": row.RemHospitalization = remunerated; break;
            case "A": row.RemAntenatal = remunerated; break;
        }

        return row;
    }
}
