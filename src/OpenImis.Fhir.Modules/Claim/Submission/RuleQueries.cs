using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Product.Data;

namespace OpenImis.Fhir.Modules.Claim.Submission;

/// <summary>
/// The database side of the rule engine: coverage, price lists and the insuree's earlier accepted claims. Only
/// current rows count (ValidityTo NULL); earlier claims count once submitted (status above Entered) and accepted.
/// </summary>
internal sealed class RuleQueries(ImisDbContext db)
{
    public async Task<List<CoveringPolicy>> CoveringPoliciesAsync(int insureeId, int? familyId, DateOnly target, CancellationToken cancellationToken)
    {
        var rows = await db.Set<InsureePolicy>()
            .Where(ip => ip.InsureeId == insureeId && ip.ValidityTo == null && ip.EffectiveDate <= target && ip.ExpiryDate >= target)
            .Where(ip => ip.Policy!.ValidityTo == null && ip.Policy.FamilyId == familyId
                && ip.Policy.EffectiveDate <= target && ip.Policy.ExpiryDate >= target
                && (ip.Policy.Status == PolicyCodes.StatusActive || ip.Policy.Status == PolicyCodes.StatusExpired))
            .Select(ip => new { ip.PolicyId, ip.Policy!.Product, MemberEffective = ip.EffectiveDate!.Value, PolicyEffective = ip.Policy.EffectiveDate!.Value,
                MemberExpiry = ip.ExpiryDate!.Value, PolicyExpiry = ip.Policy.ExpiryDate!.Value, ip.Policy.Stage })
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new CoveringPolicy(r.PolicyId, r.Product!, r.MemberEffective, r.PolicyEffective,
                r.MemberExpiry < r.PolicyExpiry ? r.MemberExpiry : r.PolicyExpiry, r.Stage))
            .OrderBy(p => p.PolicyEffective.AddMonths(p.Product.WaitingPeriod ?? 0))
            .ToList();
    }

    /// <summary>Whether any current insuree-policy row spans the visit, whatever the policy's status (the Python check behind 7).</summary>
    public Task<bool> AnyCoverageAsync(int insureeId, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        db.Set<InsureePolicy>().AnyAsync(
            ip => ip.InsureeId == insureeId && ip.ValidityTo == null && ip.EffectiveDate <= from && ip.ExpiryDate >= to, cancellationToken);

    public async Task<Dictionary<int, decimal?>> PriceListAsync<TDetail>(int? priceListId, CancellationToken cancellationToken)
        where TDetail : PriceListDetail
    {
        if (priceListId is null)
        {
            return [];
        }

        var rows = await db.Set<TDetail>()
            .Where(d => d.PriceListId == priceListId && d.ValidityTo == null)
            .Select(d => new { d.MedicalId, d.PriceOverrule })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.MedicalId).ToDictionary(g => g.Key, g => g.First().PriceOverrule);
    }

    public async Task<bool> PriceListIsCurrentAsync<TList>(int? priceListId, CancellationToken cancellationToken)
        where TList : PriceList =>
        priceListId is { } id && await db.Set<TList>().AnyAsync(l => l.Id == id && l.ValidityTo == null, cancellationToken);

    public Task<List<ProductItem>> ProductItemsAsync(IReadOnlyCollection<int> products, int itemId, CancellationToken cancellationToken) =>
        db.Set<ProductItem>().Where(p => products.Contains(p.ProductId) && p.ItemId == itemId && p.ValidityTo == null).AsNoTracking().ToListAsync(cancellationToken);

    public Task<List<ProductService>> ProductServicesAsync(IReadOnlyCollection<int> products, int serviceId, CancellationToken cancellationToken) =>
        db.Set<ProductService>().Where(p => products.Contains(p.ProductId) && p.ServiceId == serviceId && p.ValidityTo == null).AsNoTracking().ToListAsync(cancellationToken);

    /// <summary>The target dates of the insuree's other accepted lines of the item or service.</summary>
    public async Task<List<DateOnly>> AcceptedTargetsAsync<TLine>(
        int claimId, int insureeId, System.Linq.Expressions.Expression<Func<TLine, bool>> same, CancellationToken cancellationToken)
        where TLine : ClaimLine =>
        await Accepted(claimId, insureeId, same).Select(l => l.Claim!.DateTo ?? l.Claim.DateFrom).ToListAsync(cancellationToken);

    /// <summary>What the insuree's other accepted lines of the item or service used between the two dates.</summary>
    public async Task<decimal> UsedAsync<TLine>(
        int claimId, int insureeId, System.Linq.Expressions.Expression<Func<TLine, bool>> same, DateOnly from, DateOnly to, CancellationToken cancellationToken)
        where TLine : ClaimLine =>
        await Accepted(claimId, insureeId, same)
            .Where(l => (l.Claim!.DateTo ?? l.Claim.DateFrom) >= from && (l.Claim.DateTo ?? l.Claim.DateFrom) <= to)
            .SumAsync(l => l.QtyApproved ?? l.QtyProvided, cancellationToken);

    /// <summary>The insuree's other submitted claims of a category between the two dates (V counts claims without one).</summary>
    public Task<int> CategoryClaimsAsync(int claimId, int insureeId, string category, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        db.Set<ClaimRow>()
            .Where(c => c.Id != claimId && c.InsureeId == insureeId && c.ValidityTo == null && c.Status > ClaimCodes.StatusEntered)
            .Where(c => c.Category == category || (category == "V" && c.Category == null))
            .Where(c => (c.DateTo ?? c.DateFrom) >= from && (c.DateTo ?? c.DateFrom) <= to)
            .CountAsync(cancellationToken);

    private IQueryable<TLine> Accepted<TLine>(int claimId, int insureeId, System.Linq.Expressions.Expression<Func<TLine, bool>> same)
        where TLine : ClaimLine =>
        db.Set<TLine>().Where(same)
            .Where(l => l.ValidityTo == null && l.Status == ClaimCodes.LinePassed && (l.RejectionReason == null || l.RejectionReason == 0))
            .Where(l => l.ClaimId != claimId && l.Claim!.InsureeId == insureeId && l.Claim.ValidityTo == null && l.Claim.Status > ClaimCodes.StatusEntered);
}
