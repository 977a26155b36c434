using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.ClaimAdministrator.Data;

namespace OpenImis.Fhir.Modules.ClaimAdministrator.Demo;

/// <summary>
/// Two claim administrators at the first live health facilities; none when there is no facility, since a claim
/// administrator's role must name one (the HealthFacility module seeds them first).
/// </summary>
internal sealed class ClaimAdminDemoSeeder : IDemoDataSeeder
{
    // After the health facilities (whose seeder comes before 40), so that the admins can work at one.
    public int Order => 40;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Set<ClaimAdmin>().AnyAsync(cancellationToken))
        {
            return;
        }

        var facilities = await FacilitiesAsync(db, cancellationToken);
        if (facilities.Count == 0)
        {
            return;
        }

        var created = today.AddYears(-3).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
        db.AddRange(
            Admin("c5a1e3b2-7d4f-4e6a-9b8c-0d1e2f3a4b5c", "CA0001", "Dani", "Rushila", new DateOnly(1985, 4, 12), facilities.ElementAtOrDefault(0), created),
            Admin("d6b2f4c3-8e5a-4f7b-8c9d-1e2f3a4b5c6d", "CA0002", "Mwinyi", "Asha", new DateOnly(1990, 9, 3), facilities.ElementAtOrDefault(1) ?? facilities.FirstOrDefault(), created));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static ClaimAdmin Admin(string uuid, string code, string last, string other, DateOnly dob, int? facility, DateTime created) => new()
    {
        Uuid = uuid,
        Code = code,
        LastName = last,
        OtherNames = other,
        BirthDate = dob,
        Phone = "+255 700 000 " + code[^3..],
        Email = code.ToLowerInvariant() + "@example.org",
        HealthFacilityId = facility,
        HasLogin = false,
        ValidityFrom = created,
        AuditUserId = 0,
    };

    private static async Task<List<int?>> FacilitiesAsync(ImisDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            var ids = await db.Database
                .SqlQuery<int>($"SELECT \"HfID\" AS \"Value\" FROM \"tblHF\" WHERE \"ValidityTo\" IS NULL ORDER BY \"HfID\"")
                .Take(2)
                .ToListAsync(cancellationToken);
            return ids.Select(id => (int?)id).ToList();
        }
        catch (DbException e) when (e.SqlState == "42P01" || e.Message.Contains("no such table", StringComparison.Ordinal))
        {
            // The HealthFacility module is off: the admins have no facility.
            return [];
        }
    }
}
