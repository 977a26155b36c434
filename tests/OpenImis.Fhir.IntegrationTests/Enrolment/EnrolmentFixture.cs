using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Policy.Data;
using InsureeRow = OpenImis.Fhir.Modules.Insuree.Data.Insuree;
using ProductRow = OpenImis.Fhir.Modules.Product.Data.Product;

namespace OpenImis.Fhir.IntegrationTests.Enrolment;

/// <summary>
/// A demo server plus rows of this test class's own, written through EF: a product with a lump sum for three
/// members and per-head premiums beyond, and families made on demand (two adults and two children each).
/// </summary>
public sealed class EnrolmentFixture : ServerFixture
{
    public const decimal LumpSum = 300m;
    public const decimal PremiumAdult = 50m;
    public const decimal PremiumChild = 20m;

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public string ProductUuid { get; private set; } = string.Empty;

    public string ProductCode { get; } = "EN" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" };

    public async Task<T> WithDbAsync<T>(Func<ImisDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ImisDbContext>());
    }

    /// <summary>A new family: head (adult), spouse (adult), two children; returns the family and member UUIDs, head first.</summary>
    public Task<(string Family, string[] Members)> NewFamilyAsync() => WithDbAsync(async db =>
    {
        var now = DateTime.UtcNow.AddDays(-1);
        InsureeRow Person(string name, DateOnly birth, bool head, short? relation) => new()
        {
            Uuid = Guid.NewGuid().ToString(),
            ChfId = Guid.NewGuid().ToString("N")[..12],
            LastName = "Enrol",
            OtherNames = name,
            BirthDate = birth,
            GenderCode = "F",
            IsHead = head,
            RelationshipId = relation,
            ValidityFrom = now,
            AuditUserId = 0,
        };
        var people = new[]
        {
            Person("Head", Today.AddYears(-40), true, null),
            Person("Spouse", Today.AddYears(-38), false, 8),
            Person("Child one", Today.AddYears(-10), false, 4),
            Person("Child two", Today.AddYears(-6), false, 4),
        };
        db.Add(people[0]);
        await db.SaveChangesAsync();
        var family = new Family { Uuid = Guid.NewGuid().ToString(), HeadInsureeId = people[0].Id, ValidityFrom = now, AuditUserId = 0 };
        db.Add(family);
        await db.SaveChangesAsync();
        foreach (var person in people)
        {
            person.FamilyId = family.Id;
        }

        db.AddRange(people.Skip(1));
        await db.SaveChangesAsync();
        return (family.Uuid, people.Select(p => p.Uuid).ToArray());
    });

    /// <summary>A child born into the family (a new current tblInsuree row with its FamilyID), saved through EF as any module would.</summary>
    public Task<int> AddMemberAsync(string familyUuid) => WithDbAsync(async db =>
    {
        var family = await db.Set<Family>().SingleAsync(f => f.Uuid == familyUuid);
        var child = new InsureeRow
        {
            Uuid = Guid.NewGuid().ToString(),
            ChfId = Guid.NewGuid().ToString("N")[..12],
            LastName = "Enrol",
            OtherNames = "Newborn",
            BirthDate = Today,
            GenderCode = "M",
            FamilyId = family.Id,
            RelationshipId = 4,
            ValidityFrom = DateTime.UtcNow,
            AuditUserId = 0,
        };
        db.Add(child);
        await db.SaveChangesAsync();
        return child.Id;
    });

    internal Task<PolicyRow> PolicyAsync(string uuid) => WithDbAsync(db =>
        db.Set<PolicyRow>().AsNoTracking().Include(p => p.Members).Include(p => p.Premiums).SingleAsync(p => p.Uuid == uuid));

    protected override async Task SeedAsync(HttpClient client)
    {
        ProductUuid = await WithDbAsync(async db =>
        {
            var product = new ProductRow
            {
                Uuid = Guid.NewGuid().ToString(),
                ProductCode = ProductCode,
                ProductName = "Enrolment test product",
                DateFrom = DateTime.UtcNow.Date.AddYears(-3),
                DateTo = DateTime.UtcNow.Date.AddYears(3),
                LumpSum = LumpSum,
                Threshold = 3,
                MemberCount = 6,
                PremiumAdult = PremiumAdult,
                PremiumChild = PremiumChild,
                InsurancePeriod = 12,
                GracePeriod = 1,
                ValidityFrom = DateTime.UtcNow.AddYears(-3),
                AuditUserId = 0,
            };
            db.Add(product);
            await db.SaveChangesAsync();
            return product.Uuid;
        });
    }
}
