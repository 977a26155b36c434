using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.HealthFacility.Data;
using OpenImis.Fhir.Modules.Location.Data;
using OpenImis.Fhir.Modules.Location.Demo;

namespace OpenImis.Fhir.Modules.HealthFacility.Demo;

/// <summary>
/// One health facility in each demo district, of every level and care type, and one renamed once so that
/// Organization <c>_history</c> has a second version to show. Runs after the location tree, before insurees.
/// </summary>
internal sealed class HealthFacilityDemoSeeder : IDemoDataSeeder
{
    /// <summary>The facility renamed once; its first name is kept in a history row.</summary>
    public const string RenamedCode = "HF0001";

    // Far from the location tree's seed, so that the facilities' UUIDs are their own.
    private const int Seed = 1_000_030;

    private static readonly (string Code, string Name, string Level, string CareType, string LegalForm, string? SubLevel)[] Facilities =
    [
        ("HF0001", "Mlimani Dispensary", HealthFacilityCodes.LevelDispensary, HealthFacilityCodes.CareTypeOutPatient, "G", null),
        ("HF0002", "Mawingu Health Centre", HealthFacilityCodes.LevelHealthCentre, HealthFacilityCodes.CareTypeBoth, "D", "I"),
        ("HF0003", "Bandari District Hospital", HealthFacilityCodes.LevelHospital, HealthFacilityCodes.CareTypeBoth, "G", "R"),
        ("HF0004", "Mchanga Mission Dispensary", HealthFacilityCodes.LevelDispensary, HealthFacilityCodes.CareTypeOutPatient, "C", null),
        ("HF0005", "Samaki Health Centre", HealthFacilityCodes.LevelHealthCentre, HealthFacilityCodes.CareTypeOutPatient, "P", "N"),
        ("HF0006", "Visiwani Hospital", HealthFacilityCodes.LevelHospital, HealthFacilityCodes.CareTypeInPatient, "P", "R"),
    ];

    public int Order => 15;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Set<Data.HealthFacility>().AnyAsync(cancellationToken))
        {
            return;
        }

        await HealthFacilityReferenceData.EnsureAsync(db, cancellationToken);
        var districts = await db.Set<Location.Data.Location>()
            .Where(l => l.Type == LocationTypes.District && l.ValidityTo == null)
            .OrderBy(l => l.Code).ThenBy(l => l.Id)
            .ToListAsync(cancellationToken);
        if (districts.Count == 0)
        {
            return;
        }

        var random = new Random(Seed);
        var created = today.AddYears(-5).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        var rows = Facilities.Select((f, i) => new Data.HealthFacility
        {
            Uuid = DemoUuid.Next(random),
            Code = f.Code,
            Name = f.Name,
            Level = f.Level,
            CareType = f.CareType,
            LegalFormCode = f.LegalForm,
            SubLevelCode = f.SubLevel,
            Address = $"P.O. Box {100 + i}",
            Phone = $"+255 22 200 {i:D4}",
            Email = $"{f.Code.ToLowerInvariant()}@example.org",
            LocationId = districts[i % districts.Count].Id,
            ValidityFrom = created,
            AuditUserId = 1,
        }).ToList();
        rows[2].Fax = "+255 22 200 9999";
        db.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);

        var renamed = rows[0];
        var history = (Data.HealthFacility)db.Entry(renamed).CurrentValues.ToObject();
        history.Id = 0;
        history.Uuid = DemoUuid.Next(random);
        history.Name = "Mlimani Village Dispensary";
        history.ValidityTo = today.AddDays(-30).ToDateTime(new TimeOnly(11, 15, 20), DateTimeKind.Utc);
        history.LegacyId = renamed.Id;
        db.Add(history);
        renamed.ValidityFrom = history.ValidityTo.Value;
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
