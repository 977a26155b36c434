using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Claim.Data;

namespace OpenImis.Fhir.Modules.Claim.Demo;

/// <summary>
/// The demo facilities' price lists (<c>tblPLItems</c>, <c>tblPLServices</c> and details): one national list each
/// with every current item and service, the first item and service at an overruled price, and every facility
/// pointing at them (<c>tblHF.PLItemID</c>, <c>PLServiceID</c>). The facilities are seeded before the medical rows, so
/// the lists are linked here, after both.
/// </summary>
internal sealed class PriceListDemoSeeder : IDemoDataSeeder
{
    public const string ItemListName = "National item price list";
    public const string ServiceListName = "National service price list";

    public int Order => 35;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        if (await db.Set<ItemPriceList>().AnyAsync(cancellationToken) || await db.Set<ServicePriceList>().AnyAsync(cancellationToken))
        {
            return;
        }

        var created = today.AddYears(-3).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var items = new ItemPriceList { Uuid = new Guid("5e1f0000-0000-4000-8000-000000000001"), Name = ItemListName, DatePL = today.AddYears(-3), ValidityFrom = created, AuditUserId = 1 };
        var services = new ServicePriceList { Uuid = new Guid("5e1f0000-0000-4000-8000-000000000002"), Name = ServiceListName, DatePL = today.AddYears(-3), ValidityFrom = created, AuditUserId = 1 };
        db.AddRange(items, services);
        await db.SaveChangesAsync(cancellationToken);

        var itemIds = await db.Set<Medical.Data.MedicalItem>().Where(i => i.ValidityTo == null).OrderBy(i => i.Id).Select(i => new { i.Id, i.Price }).ToListAsync(cancellationToken);
        var serviceIds = await db.Set<Medical.Data.MedicalService>().Where(s => s.ValidityTo == null).OrderBy(s => s.Id).Select(s => new { s.Id, s.Price }).ToListAsync(cancellationToken);
        db.AddRange(itemIds.Select((i, n) => new ItemPriceListDetail
        {
            PriceListId = items.Id, MedicalId = i.Id, PriceOverrule = n == 0 ? i.Price * 0.9m : null, ValidityFrom = created, AuditUserId = 1,
        }));
        db.AddRange(serviceIds.Select((s, n) => new ServicePriceListDetail
        {
            PriceListId = services.Id, MedicalId = s.Id, PriceOverrule = n == 0 ? s.Price * 0.9m : null, ValidityFrom = created, AuditUserId = 1,
        }));
        await db.Set<HealthFacility.Data.HealthFacility>().Where(h => h.ValidityTo == null)
            .ExecuteUpdateAsync(s => s.SetProperty(h => h.PriceListItemsId, items.Id).SetProperty(h => h.PriceListServicesId, services.Id), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }
}
