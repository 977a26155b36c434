using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Product.Data;

namespace OpenImis.Fhir.IntegrationTests.ClaimSubmission;

/// <summary>
/// A demo server (locations, facilities, insurees, claim administrators, diagnoses) plus the rows the claim tests
/// need, written through EF: a test product, price lists on one facility, and per test its own items, services and
/// covered insurees, so that the counters the rules read (frequency, limits, category maxima) never mix.
/// </summary>
public sealed class ClaimSubmissionFixture : ServerFixture
{
    private int _codes;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" };

    internal DateOnly Today { get; } = DateOnly.FromDateTime(DateTime.UtcNow);

    internal ClaimPlace Place { get; private set; } = null!;

    internal async Task<T> WithDbAsync<T>(Func<ImisDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ImisDbContext>());
    }

    protected override async Task SeedAsync(HttpClient client)
    {
        Place = await WithDbAsync(async db =>
        {
            // The tests count claims, policies and their uses per insuree: start from the demo registries without
            // the demo's enrolments and claims, so that every covered insuree below is the test's own.
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE "tblClaim" SET "FeedbackID" = NULL;
                DELETE FROM "tblFeedback"; DELETE FROM "tblFeedbackPrompt"; DELETE FROM "tblClaimDedRem";
                DELETE FROM "tblClaimItems"; DELETE FROM "tblClaimServices"; DELETE FROM "tblClaim";
                DELETE FROM "tblPremium"; DELETE FROM "tblInsureePolicy"; DELETE FROM "tblPolicyRenewals"; DELETE FROM "tblPolicy";
                """);
            var facility = await db.Set<Modules.HealthFacility.Data.HealthFacility>().Where(h => h.ValidityTo == null).OrderBy(h => h.Id).FirstAsync();
            var admin = await db.Set<Modules.ClaimAdministrator.Data.ClaimAdmin>().Where(a => a.ValidityTo == null).OrderBy(a => a.Id).FirstAsync();
            var diagnosis = await db.Set<Diagnosis>().Where(d => d.ValidityTo == null).OrderBy(d => d.Id).FirstAsync();
            var now = DateTime.UtcNow;
            var items = new ItemPriceList { Uuid = Guid.NewGuid(), Name = "Claim tests items", DatePL = Today.AddYears(-2), ValidityFrom = now, AuditUserId = 1 };
            var services = new ServicePriceList { Uuid = Guid.NewGuid(), Name = "Claim tests services", DatePL = Today.AddYears(-2), ValidityFrom = now, AuditUserId = 1 };
            var product = NewProduct("CLT01");
            db.AddRange(items, services, product);
            await db.SaveChangesAsync();
            facility.PriceListItemsId = items.Id;
            facility.PriceListServicesId = services.Id;
            facility.CareType = "B";
            await db.SaveChangesAsync();
            return new ClaimPlace(facility.Id, facility.Uuid, admin.Uuid, diagnosis.Code, items.Id, services.Id, product.Id);
        });
    }

    internal string NextCode(string prefix) => $"{prefix}{Interlocked.Increment(ref _codes):D4}";

    /// <summary>A new item (or service), on the facility's price list unless told, covered by the test product with <paramref name="covered"/>.</summary>
    internal Task<TestMedical> MedicalAsync(bool service, Action<MedicalItem>? item = null, Action<MedicalService>? serviceRow = null,
        Action<CoveredLimits>? covered = null, bool priced = true, bool coveredByProduct = true, int? productId = null) => WithDbAsync(async db =>
    {
        var code = NextCode(service ? "S" : "I")[..5];
        var now = DateTime.UtcNow.AddDays(-400);
        int id;
        string uuid = Guid.NewGuid().ToString();
        if (service)
        {
            var row = new MedicalService { Uuid = uuid, Code = code, Name = "Test service " + code, Type = "P", Level = "1", Price = 40m, CareType = "B", PackageType = "S", ValidityFrom = now, AuditUserId = 1 };
            serviceRow?.Invoke(row);
            db.Add(row);
            await db.SaveChangesAsync();
            id = row.Id;
        }
        else
        {
            var row = new MedicalItem { Uuid = uuid, Code = code, Name = "Test item " + code, Type = "D", Price = 10m, CareType = "B", ValidityFrom = now, AuditUserId = 1 };
            item?.Invoke(row);
            db.Add(row);
            await db.SaveChangesAsync();
            id = row.Id;
        }

        if (priced)
        {
            db.Add(service
                ? new ServicePriceListDetail { PriceListId = Place.ServicePriceListId, MedicalId = id, ValidityFrom = now, AuditUserId = 1 }
                : new ItemPriceListDetail { PriceListId = Place.ItemPriceListId, MedicalId = id, ValidityFrom = now, AuditUserId = 1 });
        }

        if (coveredByProduct)
        {
            CoveredLimits line = service ? new ProductService { ServiceId = id } : new ProductItem { ItemId = id };
            (line.ProductId, line.LimitationType, line.LimitAdult, line.LimitChild, line.PriceOrigin, line.ValidityFrom, line.AuditUserId) =
                (productId ?? Place.ProductId, "C", 100m, 100m, "P", now, 1);
            covered?.Invoke(line);
            db.Add(line);
        }

        await db.SaveChangesAsync();
        return new TestMedical(id, uuid, code, service);
    });

    /// <summary>An insuree of the demo (adult or child, by gender) without claims, now covered by a policy of the test product.</summary>
    internal Task<TestInsuree> CoveredInsureeAsync(
        bool adult = true, string gender = "M", string stage = PolicyCodes.StageRenewal, int memberMonthsAgo = 12, bool covered = true, int? productId = null) =>
        WithDbAsync(async db =>
        {
            var majority = Today.AddYears(-18);
            var taken = await db.Set<InsureePolicy>().Select(ip => ip.InsureeId).ToListAsync();
            var insuree = await db.Set<Modules.Insuree.Data.Insuree>()
                .Where(i => i.ValidityTo == null && i.FamilyId != null && i.GenderCode == gender && i.BirthDate != null && !taken.Contains(i.Id))
                .Where(i => adult ? i.BirthDate <= majority.AddYears(-1) : i.BirthDate > majority.AddYears(1))
                .OrderBy(i => i.Id).FirstAsync();
            if (covered)
            {
                var policy = new PolicyRow
                {
                    Uuid = Guid.NewGuid().ToString(), FamilyId = insuree.FamilyId!.Value, ProductId = productId ?? Place.ProductId, Stage = stage,
                    Status = PolicyCodes.StatusActive, EnrollDate = Today.AddMonths(-memberMonthsAgo), StartDate = Today.AddMonths(-memberMonthsAgo),
                    EffectiveDate = Today.AddMonths(-memberMonthsAgo), ExpiryDate = Today.AddMonths(12), Value = 100m,
                    ValidityFrom = DateTime.UtcNow.AddDays(-400), AuditUserId = 1,
                };
                db.Add(policy);
                await db.SaveChangesAsync();
                db.Add(new InsureePolicy
                {
                    InsureeId = insuree.Id, PolicyId = policy.Id, EnrollmentDate = policy.EnrollDate, StartDate = policy.StartDate,
                    EffectiveDate = policy.EffectiveDate, ExpiryDate = policy.ExpiryDate, ValidityFrom = policy.ValidityFrom, AuditUserId = 1,
                });
            }
            else
            {
                // Marks the insuree as used by a test, without coverage: an idle policy covers nothing.
                var idle = new PolicyRow
                {
                    Uuid = Guid.NewGuid().ToString(), FamilyId = insuree.FamilyId!.Value, ProductId = Place.ProductId, Stage = stage,
                    Status = PolicyCodes.StatusIdle, EnrollDate = Today, StartDate = Today, ValidityFrom = DateTime.UtcNow, AuditUserId = 1,
                };
                db.Add(idle);
                await db.SaveChangesAsync();
                db.Add(new InsureePolicy { InsureeId = insuree.Id, PolicyId = idle.Id, EnrollmentDate = Today, StartDate = Today, ValidityFrom = DateTime.UtcNow, AuditUserId = 1 });
            }

            await db.SaveChangesAsync();
            return new TestInsuree(insuree.Id, insuree.Uuid, insuree.ChfId!);
        });

    /// <summary>A product of the test's own, for rules that count per product (category maxima, ceilings).</summary>
    internal Task<int> NewProductAsync(Action<Modules.Product.Data.Product> change) => WithDbAsync(async db =>
    {
        var product = NewProduct(NextCode("P"));
        change(product);
        db.Add(product);
        await db.SaveChangesAsync();
        return product.Id;
    });

    private static Modules.Product.Data.Product NewProduct(string code) => new()
    {
        Uuid = Guid.NewGuid().ToString(), ProductCode = code, ProductName = "Claim test cover",
        DateFrom = DateTime.UtcNow.AddYears(-3), DateTo = DateTime.UtcNow.AddYears(3), LumpSum = 1000m, Threshold = 3, MemberCount = 10,
        InsurancePeriod = 12, GracePeriod = 1, WaitingPeriod = 0, GracePeriodRenewal = 1, AdministrationPeriod = 0, MaxInstallments = 1,
        ValidityFrom = DateTime.UtcNow.AddYears(-3), AuditUserId = 1,
    };
}
