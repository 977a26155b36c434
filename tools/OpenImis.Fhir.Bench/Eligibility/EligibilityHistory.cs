using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.HealthFacility.Demo;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Product.Data;
using FacilityRow = OpenImis.Fhir.Modules.HealthFacility.Data.HealthFacility;
using FamilyRow = OpenImis.Fhir.Modules.Insuree.Data.Family;
using InsureeRow = OpenImis.Fhir.Modules.Insuree.Data.Insuree;
using LocationRow = OpenImis.Fhir.Modules.Location.Data.Location;
using ProductRow = OpenImis.Fhir.Modules.Product.Data.Product;

namespace OpenImis.Fhir.Bench.Eligibility;

/// <summary>
/// The benchmark's insuree: one Active policy of a product with count and amount limits, and <c>claims</c> past
/// claims in every category and status, each with a line of the enquired service and item and a
/// <c>tblClaimDedRem</c> row. Codes carry a run tag, so a database can hold several runs.
/// </summary>
internal static class EligibilityHistory
{
    private static readonly string[] Categories = ["C", "S", "D", "A", "H", "V", "O"];
    private static readonly short[] Statuses = [ClaimCodes.StatusChecked, ClaimCodes.StatusProcessed, ClaimCodes.StatusValuated, ClaimCodes.StatusEntered, ClaimCodes.StatusRejected];

    public sealed record Seeded(string InsureeUuid, string ItemCode, string ServiceCode);

    public static async Task<Seeded> WriteAsync(ImisDbContext db, int claims, DateOnly today, CancellationToken cancellationToken)
    {
        var tag = Guid.NewGuid().ToString("N")[..5].ToUpperInvariant();
        var created = today.AddYears(-2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        await HealthFacilityReferenceData.EnsureAsync(db, cancellationToken);
        var district = new LocationRow { Uuid = Guid.NewGuid().ToString(), Code = $"B{tag}", Name = "Bench district", Type = "D", ValidityFrom = created };
        var diagnosis = new Diagnosis { Code = $"B{tag}", Name = "Bench diagnosis", ValidityFrom = created, AuditUserId = 1 };
        var item = new MedicalItem { Uuid = Guid.NewGuid().ToString(), Code = $"I{tag}", Name = "Bench item", Type = "D", Price = 10m, CareType = "B", PatientCategory = 15, ValidityFrom = created, AuditUserId = 1 };
        var service = new MedicalService
        {
            Uuid = Guid.NewGuid().ToString(), Code = $"S{tag}", Name = "Bench service", Type = "P", Level = "S", Category = "C", Price = 100m, CareType = "B", PatientCategory = 15,
            PackageType = "S", ValidityFrom = created, AuditUserId = 1,
        };
        var product = new ProductRow
        {
            Uuid = Guid.NewGuid().ToString(), ProductCode = $"P{tag}", ProductName = "Bench product", DateFrom = created, DateTo = created.AddYears(10), LumpSum = 100m, MemberCount = 6,
            InsurancePeriod = 12, MaxNoConsultation = 40, MaxNoSurgery = 10, MaxNoDelivery = 5, MaxNoAntenatal = 8, MaxNoHospitalization = 6, MaxNoVisits = 60,
            MaxAmountConsultation = 50_000m, MaxAmountSurgery = 90_000m, MaxAmountDelivery = 20_000m, MaxAmountHospitalization = 80_000m, MaxAmountAntenatal = 10_000m,
            ValidityFrom = created, AuditUserId = 1,
        };
        db.AddRange(district, diagnosis, item, service, product);
        await db.SaveChangesAsync(cancellationToken);
        var facility = new FacilityRow { Uuid = Guid.NewGuid().ToString(), Code = $"H{tag}", Name = "Bench facility", LegalFormCode = "G", LocationId = district.Id, ValidityFrom = created, AuditUserId = 1 };
        db.Add(facility);
        db.Add(new ProductItem { ProductId = product.Id, ItemId = item.Id, LimitationType = "F", PriceOrigin = "P", LimitNoAdult = 500, LimitNoChild = 500, ValidityFrom = created, AuditUserId = 1 });
        db.Add(new ProductService { ProductId = product.Id, ServiceId = service.Id, LimitationType = "F", PriceOrigin = "P", LimitNoAdult = 100, LimitNoChild = 100, WaitingPeriodAdult = 1, WaitingPeriodChild = 1, ValidityFrom = created, AuditUserId = 1 });
        var insuree = new InsureeRow
        {
            Uuid = Guid.NewGuid().ToString(), ChfId = $"B{tag}", LastName = "Bench", OtherNames = tag, BirthDate = new DateOnly(1980, 3, 1), IsHead = true,
            ValidityFrom = created, AuditUserId = 1,
        };
        db.Add(insuree);
        await db.SaveChangesAsync(cancellationToken);
        var family = new FamilyRow { Uuid = Guid.NewGuid().ToString(), HeadInsureeId = insuree.Id, ValidityFrom = created, AuditUserId = 1 };
        db.Add(family);
        await db.SaveChangesAsync(cancellationToken);
        insuree.FamilyId = family.Id;
        var start = today.AddMonths(-11);
        var policy = new PolicyRow
        {
            Uuid = Guid.NewGuid().ToString(), Stage = PolicyCodes.StageNew, Status = PolicyCodes.StatusActive, Value = 100m, EnrollDate = start, StartDate = start, EffectiveDate = start,
            ExpiryDate = start.AddYears(1).AddDays(-1), FamilyId = family.Id, ProductId = product.Id, ValidityFrom = created, AuditUserId = 1,
        };
        db.Add(policy);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(new InsureePolicy
        {
            InsureeId = insuree.Id, PolicyId = policy.Id, EnrollmentDate = start, StartDate = start, EffectiveDate = start, ExpiryDate = policy.ExpiryDate, ValidityFrom = created, AuditUserId = 1,
        });
        for (var i = 0; i < claims; i++)
        {
            var visit = today.AddDays(-(i * 6 % 320) - 1);
            var claim = new ClaimRow
            {
                Uuid = Guid.NewGuid().ToString(), Code = $"B{tag}{i:D4}", Status = Statuses[i % Statuses.Length], Category = i % 11 == 10 ? null : Categories[i % Categories.Length],
                DateFrom = visit, DateClaimed = visit, HealthFacilityId = facility.Id, DiagnosisId = diagnosis.Id, InsureeId = insuree.Id, ValidityFrom = created, AuditUserId = 1,
            };
            claim.Services.Add(new ClaimService
            {
                ServiceId = service.Id, QtyProvided = 1 + (i % 3), QtyApproved = i % 4 == 0 ? 1 : null, PriceAsked = 100m, Status = i % 9 == 8 ? ClaimCodes.LineRejected : ClaimCodes.LinePassed,
                ValidityFrom = created, AuditUserId = 1,
            });
            claim.Items.Add(new ClaimItem { ItemId = item.Id, QtyProvided = 2 + (i % 5), PriceAsked = 10m, Status = ClaimCodes.LinePassed, Availability = true, ValidityFrom = created, AuditUserId = 1 });
            db.Add(claim);
            await db.SaveChangesAsync(cancellationToken);
            db.Add(new ClaimDedRem
            {
                ClaimId = claim.Id, PolicyId = policy.Id, InsureeId = insuree.Id, RemConsult = 100m + i, RemSurgery = i % 2 == 0 ? 250m : null, RemHospitalization = 75m, RemDelivery = 10m,
                RemAntenatal = 5m, ValidityFrom = created, AuditUserId = 1,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new Seeded(insuree.Uuid, item.Code, service.Code);
    }
}
