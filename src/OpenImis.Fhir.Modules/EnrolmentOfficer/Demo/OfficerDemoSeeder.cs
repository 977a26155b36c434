using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.EnrolmentOfficer.Data;
using LocationRow = OpenImis.Fhir.Modules.Location.Data.Location;

namespace OpenImis.Fhir.Modules.EnrolmentOfficer.Demo;

/// <summary>
/// Two enrolment officers in the first demo district: the first serves two of its villages and has the second as
/// substitute; the second serves one village.
/// </summary>
internal sealed class OfficerDemoSeeder : IDemoDataSeeder
{
    public int Order => 30;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Set<Officer>().AnyAsync(cancellationToken))
        {
            return;
        }

        var villages = await db.Set<LocationRow>()
            .Where(l => l.Type == "V" && l.ValidityTo == null)
            .OrderBy(l => l.Id)
            .Take(3)
            .ToListAsync(cancellationToken);
        var district = villages.Count == 0 ? null : await db.Set<LocationRow>()
            .Where(w => w.Id == villages[0].ParentId)
            .Select(w => w.ParentId)
            .FirstOrDefaultAsync(cancellationToken);
        var created = today.AddYears(-2).ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc);
        var substitute = Officer("e7c3a5d4-9f6b-4a8c-9d0e-2f3a4b5c6d7e", "EO0002", "Kombo", "Neema", district, created);
        substitute.WorksTo = today.AddYears(2).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var officer = Officer("f8d4b6e5-0a7c-4b9d-8e1f-3a4b5c6d7e8f", "EO0001", "Roberts", "Jeb", district, created);
        officer.Substitute = substitute;
        officer.PermanentAddress = "12 Market Street";
        db.AddRange(substitute, officer);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (who, village) in new[] { (officer, 0), (officer, 1), (substitute, 2) }.Where(p => p.Item2 < villages.Count))
        {
            db.Add(new OfficerVillage { OfficerId = who.Id, LocationId = villages[village].Id, ValidityFrom = created, AuditUserId = 0 });
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static Officer Officer(string uuid, string code, string last, string other, int? district, DateTime created) => new()
    {
        Uuid = uuid,
        Code = code,
        LastName = last,
        OtherNames = other,
        BirthDate = new DateOnly(1980, 1, 15),
        Phone = "+255 710 000 " + code[^3..],
        Email = code.ToLowerInvariant() + "@example.org",
        LocationId = district,
        ValidityFrom = created,
        AuditUserId = 0,
    };
}
