using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Product.Data;
using InsureeRow = OpenImis.Fhir.Modules.Insuree.Data.Insuree;

namespace OpenImis.Fhir.Modules.Claim.Eligibility;

/// <summary>
/// The facts of an eligibility answer, read with EF so that the same LINQ runs on PostgreSQL and SQLite (openIMIS
/// computes them in a SQL Server procedure that PostgreSQL lacks). Claims count when they are current, past the
/// rule engine (status Checked, Processed or Valuated) and their target date falls in the insuree's coverage window.
/// </summary>
internal sealed class EligibilityReader(ImisDbContext db)
{
    public Task<InsureeRow?> InsureeAsync(string idOrChfId, CancellationToken cancellationToken)
    {
        var insurees = db.Set<InsureeRow>().AsNoTracking().Where(i => i.ValidityTo == null);
        return Guid.TryParse(idOrChfId, out _)
            ? insurees.Where(Predicates.UuidEquals<InsureeRow>(i => i.Uuid, idOrChfId)).FirstOrDefaultAsync(cancellationToken)
            : insurees.Where(i => i.ChfId == idOrChfId).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The current Active policies whose insuree coverage window holds <paramref name="today"/> (decision §6.9).</summary>
    public Task<List<CoveredPolicy>> CoveredPoliciesAsync(int insureeId, DateOnly today, CancellationToken cancellationToken) =>
        db.Set<InsureePolicy>().AsNoTracking()
            .Where(ip => ip.InsureeId == insureeId && ip.ValidityTo == null && ip.EffectiveDate != null && ip.EffectiveDate <= today)
            .Where(ip => ip.Policy!.ValidityTo == null && ip.Policy.Status == PolicyCodes.StatusActive)
            .Where(ip => (ip.ExpiryDate ?? ip.Policy!.ExpiryDate) >= today)
            .OrderBy(ip => ip.Policy!.StartDate).ThenBy(ip => ip.PolicyId)
            .Select(ip => new CoveredPolicy(
                ip.PolicyId, ip.Policy!.Uuid, ip.Policy.StartDate, ip.Policy.ExpiryDate, ip.EffectiveDate!.Value,
                (ip.ExpiryDate ?? ip.Policy.ExpiryDate)!.Value, ip.Policy.Product!))
            .ToListAsync(cancellationToken);

    public async Task<PolicyUsage> UsageAsync(int insureeId, CoveredPolicy policy, CancellationToken cancellationToken)
    {
        var byCategory = await CountedClaims(insureeId, policy)
            .GroupBy(c => c.Category ?? BenefitCategory.Visit)
            .Select(g => new { Category = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Category, g => g.Count, cancellationToken);
        var booked = await db.Set<ClaimDedRem>().AsNoTracking()
            .Where(d => d.PolicyId == policy.PolicyId && d.InsureeId == insureeId && d.ValidityTo == null)
            .GroupBy(_ => 1)
            .Select(g => new ClaimDedRem
            {
                RemConsult = g.Sum(d => d.RemConsult),
                RemSurgery = g.Sum(d => d.RemSurgery),
                RemDelivery = g.Sum(d => d.RemDelivery),
                RemHospitalization = g.Sum(d => d.RemHospitalization),
                RemAntenatal = g.Sum(d => d.RemAntenatal),
            })
            .FirstOrDefaultAsync(cancellationToken) ?? new ClaimDedRem();
        var amounts = BenefitCategory.All.ToDictionary(c => c.ClaimCategory, c => c.Used(booked) ?? 0m);
        return new PolicyUsage(byCategory, amounts);
    }

    public async Task<RequestedLine> ServiceAsync(int insureeId, bool adult, CoveredPolicy policy, MedicalService service, CancellationToken cancellationToken)
    {
        var limits = await db.Set<ProductService>().AsNoTracking()
            .Where(p => p.ProductId == policy.Product.Id && p.ServiceId == service.Id && p.ValidityTo == null)
            .FirstOrDefaultAsync(cancellationToken);
        var claims = CountedClaims(insureeId, policy).Select(c => c.Id);
        var used = limits is null ? 0m : await db.Set<ClaimService>().AsNoTracking()
            .Where(s => s.ServiceId == service.Id && s.ValidityTo == null && s.Status == ClaimCodes.LinePassed && claims.Contains(s.ClaimId))
            .SumAsync(s => (decimal?)(s.QtyApproved ?? s.QtyProvided), cancellationToken) ?? 0m;
        return Line(service.Code, limits, adult, used, service.Category);
    }

    public async Task<RequestedLine> ItemAsync(int insureeId, bool adult, CoveredPolicy policy, MedicalItem item, CancellationToken cancellationToken)
    {
        var limits = await db.Set<ProductItem>().AsNoTracking()
            .Where(p => p.ProductId == policy.Product.Id && p.ItemId == item.Id && p.ValidityTo == null)
            .FirstOrDefaultAsync(cancellationToken);
        var claims = CountedClaims(insureeId, policy).Select(c => c.Id);
        var used = limits is null ? 0m : await db.Set<ClaimItem>().AsNoTracking()
            .Where(s => s.ItemId == item.Id && s.ValidityTo == null && s.Status == ClaimCodes.LinePassed && claims.Contains(s.ClaimId))
            .SumAsync(s => (decimal?)(s.QtyApproved ?? s.QtyProvided), cancellationToken) ?? 0m;
        return Line(item.Code, limits, adult, used, null);
    }

    public Task<MedicalService?> ServiceByCodeAsync(string code, CancellationToken cancellationToken) =>
        db.Set<MedicalService>().AsNoTracking().FirstOrDefaultAsync(s => s.Code == code && s.ValidityTo == null, cancellationToken);

    public Task<MedicalItem?> ItemByCodeAsync(string code, CancellationToken cancellationToken) =>
        db.Set<MedicalItem>().AsNoTracking().FirstOrDefaultAsync(s => s.Code == code && s.ValidityTo == null, cancellationToken);

    private static RequestedLine Line(string code, CoveredLimits? limits, bool adult, decimal used, string? category) =>
        limits is null
            ? new RequestedLine(code, false, null, null, 0m, category)
            : new RequestedLine(
                code, true, adult ? limits.LimitNoAdult : limits.LimitNoChild, adult ? limits.WaitingPeriodAdult : limits.WaitingPeriodChild, used, category);

    // The claims the rule engine counts against a policy: current, past the checks, inside the coverage window.
    private IQueryable<ClaimRow> CountedClaims(int insureeId, CoveredPolicy policy) =>
        db.Set<ClaimRow>().AsNoTracking()
            .Where(c => c.InsureeId == insureeId && c.ValidityTo == null && c.Status > ClaimCodes.StatusEntered)
            .Where(c => (c.DateTo ?? c.DateFrom) >= policy.EffectiveDate && (c.DateTo ?? c.DateFrom) <= policy.CoveredUntil);
}
