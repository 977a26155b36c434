using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Product.Data;

namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// Processing a checked claim (§2.3): each policy's lines are valuated against what the policy's other claims used,
/// the claim's <c>tblClaimDedRem</c> rows are replaced, and the claim becomes valuated (16), or processed (8) while
/// relative-price lines wait for the batch run. Claims of one policy are processed one at a time (an advisory lock
/// per policy), so that two claims cannot both spend the same remaining ceiling.
/// </summary>
internal sealed class ClaimProcessing(ImisDbContext db)
{
    public async System.Threading.Tasks.Task ProcessAsync(ClaimRow claim, IReadOnlyList<ClaimLine> accepted, DateTime now, CancellationToken cancellationToken)
    {
        var audit = db.AuditUserId;
        var covered = accepted.Where(l => l.PolicyId is not null && l.ProductId is not null).ToList();
        await ReleaseAsync(claim, now, cancellationToken);
        if (covered.Count == 0)
        {
            // openIMIS's only processing error: no line has a product, and the claim is rejected.
            claim.Status = ClaimCodes.StatusRejected;
            return;
        }

        var context = await ClaimContextAsync(claim, cancellationToken);
        var relative = false;
        foreach (var group in covered.GroupBy(l => (Policy: l.PolicyId!.Value, Product: l.ProductId!.Value)).OrderBy(g => g.Key.Policy))
        {
            await db.LockValueAsync("tblClaimDedRem.PolicyID", group.Key.Policy.ToString(CultureInfo.InvariantCulture), cancellationToken);
            var lines = group.ToList();
            var product = await db.Set<Product.Data.Product>().AsNoTracking().FirstAsync(p => p.Id == group.Key.Product, cancellationToken);
            var hospital = ProductLimits.IsHospitalVisit(product.CeilingInterpretation, context.MultiDay, context.FacilityLevel);
            var members = await MembersAsync(group.Key.Policy, context.TargetDate, cancellationToken);
            var limits = ProductLimits.For(product, hospital, members, claim.Category,
                await UsageAsync(claim, group.Key.Policy, claim.InsureeId, cancellationToken),
                await UsageAsync(claim, group.Key.Policy, null, cancellationToken));
            var exclusions = await ExclusionsAsync(group.Key.Product, cancellationToken);
            var input = lines.Select(l => Input(l, exclusions, context, hospital)).ToList();
            var result = ClaimValuation.Valuate(limits, input);
            for (var i = 0; i < lines.Count; i++)
            {
                relative |= Write(lines[i], input[i].UnitPrice, result.Lines[i]);
            }

            db.Add(Booking(claim, group.Key.Policy, hospital, result, now, audit));
        }

        claim.Status = relative ? ClaimCodes.StatusProcessed : ClaimCodes.StatusValuated;
        claim.Valuated = covered.Sum(l => l.PriceValuated ?? 0);
        claim.Remunerated = relative ? null : covered.Sum(l => l.RemuneratedAmount ?? 0);
        claim.ProcessStamp = now;
        claim.DateProcessed = DateOnly.FromDateTime(now);
        claim.AuditUserIdProcess = audit;
        claim.ReviewStatus = claim.ReviewStatus == ClaimCodes.ReviewSelected ? ClaimCodes.ReviewBypassed : claim.ReviewStatus;
        claim.FeedbackStatus = claim.FeedbackStatus == ClaimCodes.ReviewSelected ? ClaimCodes.ReviewBypassed : claim.FeedbackStatus;
    }

    /// <summary>Archives the claim's current deductible and ceiling bookings, as the Python does before re-booking.</summary>
    public async System.Threading.Tasks.Task ReleaseAsync(ClaimRow claim, DateTime now, CancellationToken cancellationToken)
    {
        var booked = await db.Set<ClaimDedRem>().Where(d => d.ClaimId == claim.Id && d.ValidityTo == null).ToListAsync(cancellationToken);
        foreach (var row in booked)
        {
            row.ValidityTo = now;
        }
    }

    private static bool Write(ClaimLine line, decimal unitPrice, LineValuation valuation)
    {
        if (line.PriceApproved is null)
        {
            line.PriceAdjusted = unitPrice;
        }

        line.DeductableAmount = valuation.Deducted;
        line.ExceedCeilingAmount = valuation.ExceedCeiling;
        line.ExceedCeilingAmountCategory = valuation.ExceedCategory;
        if (line.PriceOrigin == "R")
        {
            // Relative prices are paid by the batch run with the period's index.
            line.PriceValuated = null;
            line.RemuneratedAmount = null;
            return true;
        }

        line.PriceValuated = valuation.Paid;
        line.RemuneratedAmount = valuation.Paid;
        return false;
    }

    // The price list price is what submission wrote as PriceAdjusted from the facility's list (§1.5), else the
    // item's or service's own price.
    private static ValuationLine Input(ClaimLine line, Exclusions exclusions, ClaimContext context, bool hospital)
    {
        var (listPrice, exclusion) = line switch
        {
            ClaimItem i => (i.Item?.Price ?? 0, exclusions.Items.GetValueOrDefault(i.ItemId)),
            ClaimService s => (s.Service?.Price ?? 0, exclusions.Services.GetValueOrDefault(s.ServiceId)),
            _ => (0m, default),
        };
        var code = context.Adult ? exclusion.Adult : exclusion.Child;
        var excluded = code == "B" || (code == "H" && hospital) || (code == "N" && !hospital);
        var unit = ClaimValuation.UnitPrice(line.PriceOrigin, line.PriceApproved, line.PriceAsked, line.PriceAdjusted ?? listPrice);
        return new ValuationLine(ClaimResponseTotals.ApprovedQuantity(line), unit, line.Limitation, line.LimitationValue, excluded);
    }

    private static ClaimDedRem Booking(ClaimRow claim, int policyId, bool hospital, ValuationResult result, DateTime now, int audit) => new()
    {
        ClaimId = claim.Id,
        PolicyId = policyId,
        InsureeId = claim.InsureeId,
        DedG = result.Deducted,
        RemG = result.Remunerated,
        DedIP = hospital ? result.Deducted : null,
        RemIP = hospital ? result.Remunerated : null,
        DedOP = hospital ? null : result.Deducted,
        RemOP = hospital ? null : result.Remunerated,
        RemSurgery = claim.Category == "S" ? result.CategoryPaid : null,
        RemDelivery = claim.Category == "D" ? result.CategoryPaid : null,
        RemAntenatal = claim.Category == "A" ? result.CategoryPaid : null,
        RemHospitalization = claim.Category == "H" ? result.CategoryPaid : null,
        RemConsult = claim.Category == "C" ? result.CategoryPaid : null,
        ValidityFrom = now,
        AuditUserId = audit,
    };

    private async Task<ClaimContext> ClaimContextAsync(ClaimRow claim, CancellationToken cancellationToken)
    {
        var target = claim.DateTo ?? claim.DateFrom;
        var level = await db.Set<HealthFacility.Data.HealthFacility>().Where(h => h.Id == claim.HealthFacilityId)
            .Select(h => h.Level).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var birth = claim.Insuree?.BirthDate;
        return new ClaimContext(target, claim.DateTo is { } to && to != claim.DateFrom, level, birth is { } b && AgeAt(b, target) >= 18);
    }

    private static int AgeAt(DateOnly birth, DateOnly date) =>
        date.Year - birth.Year - (date < birth.AddYears(date.Year - birth.Year) ? 1 : 0);

    private Task<int> MembersAsync(int policyId, DateOnly target, CancellationToken cancellationToken) =>
        db.Set<Policy.Data.InsureePolicy>().CountAsync(
            ip => ip.PolicyId == policyId && ip.ValidityTo == null && ip.EffectiveDate != null && ip.EffectiveDate <= target && ip.ExpiryDate >= target,
            cancellationToken);

    // Live rows of the policy's other claims: a re-processed claim's archived rows are not counted twice (the
    // Python counts them; the SQL deletes them, which is what this matches).
    private async Task<PreviousUsage> UsageAsync(ClaimRow claim, int policyId, int? insureeId, CancellationToken cancellationToken)
    {
        var rows = db.Set<ClaimDedRem>().Where(d => d.PolicyId == policyId && d.ClaimId != claim.Id && d.ValidityTo == null);
        if (insureeId is { } id)
        {
            rows = rows.Where(d => d.InsureeId == id);
        }

        var sums = await rows.GroupBy(_ => 1).Select(g => new PreviousUsage(
            g.Sum(d => d.DedG ?? 0), g.Sum(d => d.DedIP ?? 0), g.Sum(d => d.DedOP ?? 0),
            g.Sum(d => d.RemG ?? 0), g.Sum(d => d.RemIP ?? 0), g.Sum(d => d.RemOP ?? 0),
            claim.Category == "S" ? g.Sum(d => d.RemSurgery ?? 0)
            : claim.Category == "D" ? g.Sum(d => d.RemDelivery ?? 0)
            : claim.Category == "A" ? g.Sum(d => d.RemAntenatal ?? 0)
            : claim.Category == "H" ? g.Sum(d => d.RemHospitalization ?? 0)
            : claim.Category == "C" ? g.Sum(d => d.RemConsult ?? 0) : 0)).FirstOrDefaultAsync(cancellationToken);
        return sums ?? PreviousUsage.Nothing;
    }

    private async Task<Exclusions> ExclusionsAsync(int productId, CancellationToken cancellationToken)
    {
        var items = await db.Set<ProductItem>().AsNoTracking().Where(p => p.ProductId == productId && p.ValidityTo == null)
            .Select(p => new { p.ItemId, p.CeilingExclusionAdult, p.CeilingExclusionChild }).ToListAsync(cancellationToken);
        var services = await db.Set<ProductService>().AsNoTracking().Where(p => p.ProductId == productId && p.ValidityTo == null)
            .Select(p => new { p.ServiceId, p.CeilingExclusionAdult, p.CeilingExclusionChild }).ToListAsync(cancellationToken);
        return new Exclusions(
            items.GroupBy(i => i.ItemId).ToDictionary(g => g.Key, g => (g.First().CeilingExclusionAdult, g.First().CeilingExclusionChild)),
            services.GroupBy(s => s.ServiceId).ToDictionary(g => g.Key, g => (g.First().CeilingExclusionAdult, g.First().CeilingExclusionChild)));
    }

    private sealed record ClaimContext(DateOnly TargetDate, bool MultiDay, string FacilityLevel, bool Adult);

    private sealed record Exclusions(
        Dictionary<int, (string? Adult, string? Child)> Items, Dictionary<int, (string? Adult, string? Child)> Services);
}
