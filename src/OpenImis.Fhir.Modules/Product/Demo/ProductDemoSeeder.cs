using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Location.Data;
using OpenImis.Fhir.Modules.Location.Demo;

namespace OpenImis.Fhir.Modules.Product.Demo;

/// <summary>
/// Three demo products: a national one valid now, a regional one with fixed cycles that converts into its successor
/// next year (draft today), and the successor's predecessor kept as a retired district product. The national one's
/// premium changed once, so that its <c>_history</c> has two versions.
/// </summary>
internal sealed class ProductDemoSeeder : IDemoDataSeeder
{
    public const string NationalCode = "NAT01";
    public const string RegionalCode = "RX01";
    public const string SuccessorCode = "RX02";
    public const string RetiredCode = "DX01";

    // Far from the seeds of the other modules' demo data, so that the demo's UUIDs are its own.
    private const int Seed = 1_000_030;

    public int Order => 30;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Set<Data.Product>().AnyAsync(cancellationToken))
        {
            return;
        }

        var region = await db.Set<Location.Data.Location>()
            .Where(l => l.Type == LocationTypes.Region && l.ValidityTo == null).OrderBy(l => l.Code).FirstOrDefaultAsync(cancellationToken);
        var district = await db.Set<Location.Data.Location>()
            .Where(l => l.Type == LocationTypes.District && l.ValidityTo == null).OrderBy(l => l.Code).FirstOrDefaultAsync(cancellationToken);
        var random = new Random(Seed);
        var created = Day(today.AddYears(-3));

        var national = New(random, NationalCode, "National basic cover", Day(today.AddYears(-2)), Day(today.AddYears(3)), created);
        national.PremiumAdult = 40m;
        national.PremiumChild = 20m;
        var successor = New(random, SuccessorCode, "Regional fixed enrolment 2", Day(today.AddYears(1)), Day(today.AddYears(5)), created);
        successor.LocationId = region?.Id;
        var regional = New(random, RegionalCode, "Regional fixed enrolment", Day(today.AddYears(-1)), Day(today.AddYears(1).AddDays(-1)), created);
        regional.LocationId = region?.Id;
        (regional.StartCycle1, regional.StartCycle2, regional.StartCycle3) = ("01-03", "01-07", "01-10");
        (regional.MaxInstallments, regional.RenewalDiscountPerc, regional.RenewalDiscountPeriod) = (3, 50, 2);
        (regional.EnrolmentDiscountPerc, regional.EnrolmentDiscountPeriod) = (80, 2);
        regional.RegistrationFee = 300m;
        var retired = New(random, RetiredCode, "District cover (closed)", Day(today.AddYears(-5)), Day(today.AddYears(-2)), created);
        retired.LocationId = district?.Id;
        db.AddRange(national, successor, retired);
        await db.SaveChangesAsync(cancellationToken);
        regional.ConversionProductId = successor.Id;
        db.Add(regional);
        await db.SaveChangesAsync(cancellationToken);

        // The national premium was raised 90 days ago: the old version stays as a history row.
        var raised = Day(today.AddDays(-90)).AddHours(10);
        var history = (Data.Product)db.Entry(national).CurrentValues.ToObject();
        (history.Id, history.Uuid, history.ValidityTo, history.LegacyId) = (0, DemoUuid.Next(random), raised, national.Id);
        history.PremiumAdult = 35m;
        db.Add(history);
        national.ValidityFrom = raised;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static DateTime Day(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static Data.Product New(Random random, string code, string name, DateTime from, DateTime to, DateTime created) => new()
    {
        Uuid = DemoUuid.Next(random),
        ProductCode = code,
        ProductName = name,
        DateFrom = from,
        DateTo = to,
        LumpSum = 1000m,
        Threshold = 3,
        MemberCount = 10,
        InsurancePeriod = 12,
        GracePeriod = 1,
        WaitingPeriod = 1,
        GracePeriodRenewal = 1,
        AdministrationPeriod = 0,
        MaxInstallments = 1,
        ValidityFrom = created,
        AuditUserId = 1,
    };
}
