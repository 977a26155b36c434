using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Policy.Data;
using ProductRow = OpenImis.Fhir.Modules.Product.Data.Product;

namespace OpenImis.Fhir.IntegrationTests.Adjudication;

/// <summary>
/// A demo server plus the rows adjudication needs, written through EF: a product with a deductible of 10 and a
/// ceiling of 100 per insuree, and, per test, an active policy of a demo family covering an insuree (<see cref="NewPolicyAsync"/>) and claims by <see cref="AddCheckedClaimAsync"/>.
/// </summary>
public sealed class AdjudicationFixture : ServerFixture
{
    public const decimal Deductible = 10;
    public const decimal Ceiling = 100;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" };

    internal Ids Rows { get; private set; } = null!;

    public string PatientId { get; private set; } = string.Empty;

    public T WithDb<T>(Func<ImisDbContext, T> action)
    {
        using var scope = Factory.Services.CreateScope();
        return action(scope.ServiceProvider.GetRequiredService<ImisDbContext>());
    }

    protected override async Task SeedAsync(HttpClient client)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ImisDbContext>();
        var insuree = await db.Set<Modules.Insuree.Data.Insuree>().Where(i => i.ValidityTo == null && i.FamilyId != null).OrderBy(i => i.Id).FirstAsync();
        var template = await db.Set<ProductRow>().AsNoTracking().Where(p => p.ValidityTo == null).OrderBy(p => p.Id).FirstAsync();
        var product = new ProductRow();
        db.Entry(product).CurrentValues.SetValues(template);
        product.Id = 0;
        product.Uuid = Guid.NewGuid().ToString();
        product.ProductCode = "ADJ01";
        product.DedInsuree = Deductible;
        product.MaxInsuree = Ceiling;
        product.DedTreatment = product.DedPolicy = product.MaxTreatment = product.MaxPolicy = null;
        product.MaxAmountConsultation = product.MaxAmountSurgery = product.MaxAmountDelivery = product.MaxAmountAntenatal = product.MaxAmountHospitalization = null;
        db.Add(product);
        await db.SaveChangesAsync();

        Rows = new Ids(
            insuree.Id,
            await db.Set<OpenImis.Fhir.Modules.HealthFacility.Data.HealthFacility>().Where(h => h.ValidityTo == null).OrderBy(h => h.Id).Select(h => h.Id).FirstAsync(),
            await db.Set<Diagnosis>().Where(d => d.ValidityTo == null).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync(),
            await db.Set<MedicalItem>().Where(i => i.ValidityTo == null).OrderBy(i => i.Id).Select(i => i.Id).FirstAsync(),
            await db.Set<MedicalService>().Where(s => s.ValidityTo == null).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync(),
            product.Id,
            insuree.FamilyId!.Value);
        PatientId = insuree.Uuid.ToLowerInvariant();
    }

    /// <summary>A new active policy of the fixture's product covering the insuree: its deductible and ceiling are unused.</summary>
    public async Task<int> NewPolicyAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ImisDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var policy = new PolicyRow
        {
            Uuid = Guid.NewGuid().ToString(),
            FamilyId = Rows.Family,
            ProductId = Rows.Product,
            Stage = "N",
            Status = 2,
            Value = 100,
            EnrollDate = today.AddMonths(-3),
            StartDate = today.AddMonths(-3),
            EffectiveDate = today.AddMonths(-3),
            ExpiryDate = today.AddMonths(9),
            ValidityFrom = DateTime.UtcNow.AddMonths(-3),
            AuditUserId = 0,
        };
        policy.Members.Add(new InsureePolicy
        {
            InsureeId = Rows.Insuree,
            EnrollmentDate = policy.EnrollDate,
            StartDate = policy.StartDate,
            EffectiveDate = policy.EffectiveDate,
            ExpiryDate = policy.ExpiryDate,
            ValidityFrom = policy.ValidityFrom,
            AuditUserId = 0,
        });
        db.Add(policy);
        await db.SaveChangesAsync();
        return policy.Id;
    }

    /// <summary>
    /// A checked claim as submission leaves it: an item line (qty <paramref name="itemQty"/>, asked 30, price list 25,
    /// origin P) and a service line (qty 1, asked 50, origin O), both covered by the fixture's policy.
    /// </summary>
    public async Task<string> AddCheckedClaimAsync(string code, int policy, decimal itemQty = 2)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ImisDbContext>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var now = DateTime.UtcNow;
        var claim = new ClaimRow
        {
            Uuid = Guid.NewGuid().ToString(),
            Code = code,
            Status = ClaimCodes.StatusChecked,
            DateFrom = today.AddDays(-2),
            DateClaimed = today.AddDays(-1),
            Category = "V",
            VisitType = "O",
            InsureeId = Rows.Insuree,
            HealthFacilityId = Rows.Facility,
            DiagnosisId = Rows.Diagnosis,
            ReviewStatus = ClaimCodes.ReviewIdle,
            FeedbackStatus = ClaimCodes.ReviewIdle,
            Claimed = (itemQty * 30) + 50,
            SubmitStamp = now,
            ValidityFrom = now,
            AuditUserId = 0,
        };
        claim.Items.Add(Covered(policy, new ClaimItem { ItemId = Rows.Item, Availability = true, QtyProvided = itemQty, PriceAsked = 30, PriceAdjusted = 25, PriceOrigin = "P" }, now));
        claim.Services.Add(Covered(policy, new ClaimService { ServiceId = Rows.Service, QtyProvided = 1, PriceAsked = 50, PriceAdjusted = 50, PriceOrigin = "O" }, now));
        db.Add(claim);
        await db.SaveChangesAsync();
        return claim.Uuid.ToLowerInvariant();
    }

    private T Covered<T>(int policy, T line, DateTime now)
        where T : ClaimLine
    {
        line.Status = ClaimCodes.LinePassed;
        line.RejectionReason = 0;
        line.PolicyId = policy;
        line.ProductId = Rows.Product;
        line.ValidityFrom = now;
        line.AuditUserId = 0;
        return line;
    }

    internal sealed record Ids(int Insuree, int Facility, int Diagnosis, int Item, int Service, int Product, int Family);
}
