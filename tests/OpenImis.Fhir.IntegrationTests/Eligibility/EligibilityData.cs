using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.HealthFacility.Demo;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Policy.Data;
using OpenImis.Fhir.Modules.Product.Data;
using FamilyRow = OpenImis.Fhir.Modules.Insuree.Data.Family;
using FacilityRow = OpenImis.Fhir.Modules.HealthFacility.Data.HealthFacility;
using InsureeRow = OpenImis.Fhir.Modules.Insuree.Data.Insuree;
using LocationRow = OpenImis.Fhir.Modules.Location.Data.Location;
using ProductRow = OpenImis.Fhir.Modules.Product.Data.Product;

namespace OpenImis.Fhir.IntegrationTests.Eligibility;

/// <summary>
/// Writes, through EF, the rows an eligibility enquiry reads: a facility, medical items and services, a product with
/// limits, an insuree with policies and past claims (lines and <c>tblClaimDedRem</c>). Dates are relative to today.
/// </summary>
internal sealed class EligibilityData(ImisDbContext db, DateOnly today)
{
    private readonly DateTime _created = today.AddYears(-2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    private int _claims;

    public static async Task<T> WithAsync<T>(IServiceProvider services, Func<EligibilityData, Task<T>> write)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ImisDbContext>();
        return await write(new EligibilityData(db, DateOnly.FromDateTime(DateTime.UtcNow)));
    }

    public DateOnly Today => today;

    public async Task<FacilityRow> FacilityAsync(string code)
    {
        await HealthFacilityReferenceData.EnsureAsync(db, CancellationToken.None);
        var district = new LocationRow { Uuid = Guid.NewGuid().ToString(), Code = code[..Math.Min(8, code.Length)], Name = "Eligibility district", Type = "D", ValidityFrom = _created };
        db.Add(district);
        await db.SaveChangesAsync();
        var facility = new FacilityRow
        {
            Uuid = Guid.NewGuid().ToString(), Code = code, Name = "Eligibility facility", LegalFormCode = "G", LocationId = district.Id, ValidityFrom = _created, AuditUserId = 1,
        };
        db.Add(facility);
        db.Add(new Diagnosis { Code = code[..Math.Min(6, code.Length)], Name = "Eligibility diagnosis", ValidityFrom = _created, AuditUserId = 1 });
        await db.SaveChangesAsync();
        return facility;
    }

    public async Task<MedicalItem> ItemAsync(string code)
    {
        var item = new MedicalItem
        {
            Uuid = Guid.NewGuid().ToString(), Code = code, Name = $"Item {code}", Type = "D", Price = 10m, CareType = "B", PatientCategory = 15, ValidityFrom = _created, AuditUserId = 1,
        };
        db.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    public async Task<MedicalService> ServiceAsync(string code, string category)
    {
        var service = new MedicalService
        {
            Uuid = Guid.NewGuid().ToString(), Code = code, Name = $"Service {code}", Type = "P", Level = "S", Category = category, Price = 100m, CareType = "B",
            PatientCategory = 15, PackageType = "S", ValidityFrom = _created, AuditUserId = 1,
        };
        db.Add(service);
        await db.SaveChangesAsync();
        return service;
    }

    public async Task<ProductRow> ProductAsync(string code, Action<ProductRow> limits)
    {
        var product = new ProductRow
        {
            Uuid = Guid.NewGuid().ToString(), ProductCode = code, ProductName = $"Product {code}", DateFrom = _created, DateTo = _created.AddYears(10), LumpSum = 100m,
            MemberCount = 6, InsurancePeriod = 12, ValidityFrom = _created, AuditUserId = 1,
        };
        limits(product);
        db.Add(product);
        await db.SaveChangesAsync();
        return product;
    }

    public async Task CoverAsync(ProductRow product, MedicalItem item, int? limit, int? waitingMonths)
    {
        db.Add(new ProductItem { LimitationType = "F", PriceOrigin = "P", ProductId = product.Id, ItemId = item.Id, LimitNoAdult = limit, LimitNoChild = limit, WaitingPeriodAdult = waitingMonths, WaitingPeriodChild = waitingMonths, ValidityFrom = _created, AuditUserId = 1 });
        await db.SaveChangesAsync();
    }

    public async Task CoverAsync(ProductRow product, MedicalService service, int? limit, int? waitingMonths)
    {
        db.Add(new ProductService { LimitationType = "F", PriceOrigin = "P", ProductId = product.Id, ServiceId = service.Id, LimitNoAdult = limit, LimitNoChild = limit, WaitingPeriodAdult = waitingMonths, WaitingPeriodChild = waitingMonths, ValidityFrom = _created, AuditUserId = 1 });
        await db.SaveChangesAsync();
    }

    /// <summary>A family of one: the head, born on <paramref name="birthDate"/>.</summary>
    public async Task<InsureeRow> InsureeAsync(string chfId, DateOnly birthDate)
    {
        var head = new InsureeRow
        {
            Uuid = Guid.NewGuid().ToString(), ChfId = chfId, LastName = "Eligible", OtherNames = chfId, BirthDate = birthDate, GenderCode = "F", IsHead = true, ValidityFrom = _created, AuditUserId = 1,
        };
        db.Add(head);
        await db.SaveChangesAsync();
        var family = new FamilyRow { Uuid = Guid.NewGuid().ToString(), HeadInsureeId = head.Id, ValidityFrom = _created, AuditUserId = 1 };
        db.Add(family);
        await db.SaveChangesAsync();
        head.FamilyId = family.Id;
        await db.SaveChangesAsync();
        return head;
    }

    /// <summary>A policy of the insuree's family, with the insuree covered from <paramref name="start"/> to <paramref name="expiry"/>.</summary>
    public async Task<PolicyRow> PolicyAsync(InsureeRow insuree, ProductRow product, short status, DateOnly start, DateOnly expiry)
    {
        var policy = new PolicyRow
        {
            Uuid = Guid.NewGuid().ToString(), Stage = PolicyCodes.StageNew, Status = status, Value = 100m, EnrollDate = start, StartDate = start, EffectiveDate = start,
            ExpiryDate = expiry, FamilyId = insuree.FamilyId!.Value, ProductId = product.Id, ValidityFrom = _created, AuditUserId = 1,
        };
        db.Add(policy);
        await db.SaveChangesAsync();
        db.Add(new InsureePolicy
        {
            InsureeId = insuree.Id, PolicyId = policy.Id, EnrollmentDate = start, StartDate = start, EffectiveDate = start, ExpiryDate = expiry, ValidityFrom = _created, AuditUserId = 1,
        });
        await db.SaveChangesAsync();
        return policy;
    }

    /// <summary>A past claim of the insuree on <paramref name="visit"/>, with its lines.</summary>
    public async Task<ClaimRow> ClaimAsync(
        InsureeRow insuree, FacilityRow facility, short status, string? category, DateOnly visit,
        IEnumerable<ClaimService>? services = null, IEnumerable<ClaimItem>? items = null, short feedback = ClaimCodes.ReviewIdle)
    {
        var diagnosis = db.Set<Diagnosis>().OrderBy(d => d.Id).First();
        var claim = new ClaimRow
        {
            Uuid = Guid.NewGuid().ToString(), Code = $"EL{insuree.Id}-{++_claims}", Status = status, Category = category, DateFrom = visit, DateClaimed = visit,
            HealthFacilityId = facility.Id, DiagnosisId = diagnosis.Id, InsureeId = insuree.Id, FeedbackStatus = feedback, ReviewStatus = ClaimCodes.ReviewIdle,
            ValidityFrom = visit.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), AuditUserId = 1,
        };
        foreach (var line in (IEnumerable<ClaimLine>?)services ?? [])
        {
            Stamp(line);
        }

        foreach (var line in (IEnumerable<ClaimLine>?)items ?? [])
        {
            Stamp(line);
        }

        claim.Services.AddRange(services ?? []);
        claim.Items.AddRange(items ?? []);
        db.Add(claim);
        await db.SaveChangesAsync();
        return claim;
    }

    public async Task BookAsync(ClaimRow claim, PolicyRow policy, decimal consultation, decimal hospitalization)
    {
        db.Add(new ClaimDedRem
        {
            ClaimId = claim.Id, PolicyId = policy.Id, InsureeId = claim.InsureeId, RemConsult = consultation, RemHospitalization = hospitalization, ValidityFrom = _created, AuditUserId = 1,
        });
        await db.SaveChangesAsync();
    }

    public static ClaimService Service(MedicalService service, decimal provided, decimal? approved = null, short status = ClaimCodes.LinePassed) =>
        new() { ServiceId = service.Id, QtyProvided = provided, QtyApproved = approved, PriceAsked = service.Price, Status = status };

    public static ClaimItem Item(MedicalItem item, decimal provided, decimal? approved = null) =>
        new() { ItemId = item.Id, QtyProvided = provided, QtyApproved = approved, PriceAsked = item.Price, Status = ClaimCodes.LinePassed, Availability = true };

    private void Stamp(ClaimLine line)
    {
        line.ValidityFrom = _created;
        line.AuditUserId = 1;
    }
}
