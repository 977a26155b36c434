using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.PolicyHolder.Data;
using LocationRow = OpenImis.Fhir.Modules.Location.Data.Location;

namespace OpenImis.Fhir.Modules.PolicyHolder.Demo;

/// <summary>One policy holder, a trading company in the first demo village.</summary>
internal sealed class PolicyHolderDemoSeeder : IDemoDataSeeder
{
    public int Order => 30;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Set<PolicyHolderRow>().AnyAsync(cancellationToken))
        {
            return;
        }

        var village = await db.Set<LocationRow>()
            .Where(l => l.Type == "V" && l.ValidityTo == null)
            .OrderBy(l => l.Id)
            .Select(l => (int?)l.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var created = today.AddYears(-1).ToDateTime(new TimeOnly(11, 0), DateTimeKind.Utc);
        db.Add(new PolicyHolderRow
        {
            Id = Guid.Parse("4c87928a-cf9c-4f4b-aeeb-61041c84547f"),
            Code = "PH0001",
            TradeName = "My Trade",
            LocationId = village,
            Address = "{\"address\": \"54 Pasay\"}",
            Phone = "0102030405",
            Fax = "0102030450",
            Email = "contact@mytrade.example.org",
            ContactName = "{\"contactName\": \"John Doe\"}",
            LegalForm = 1,
            ActivityCode = 2,
            Version = 1,
            DateCreated = created,
            DateUpdated = created,
            DateValidFrom = created,
        });
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
