using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.Product.Data;
using OpenImis.Fhir.Modules.Product.Demo;

namespace OpenImis.Fhir.Modules.Claim.Demo;

/// <summary>
/// What the national demo product covers, so that the claim rules have something to check: every current item and
/// service, most at 100 % co-insurance and every third at a fixed amount; quantity limits on items, waiting periods
/// on services, and the product's category maxima, deductible and ceiling. It runs after the medical demo rows, and
/// lives in the Claim module, which depends on both Product and Medical (Product does not know Medical).
/// </summary>
internal sealed class ProductCoverageDemoSeeder : IDemoDataSeeder
{
    public int Order => 36;

    public async Task SeedAsync(ImisDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var national = await db.Set<Product.Data.Product>().Where(p => p.ProductCode == ProductDemoSeeder.NationalCode).ToListAsync(cancellationToken);
        var live = national.FirstOrDefault(p => p.ValidityTo == null);
        if (live is null || await db.Set<ProductItem>().AnyAsync(cancellationToken) || await db.Set<ProductService>().AnyAsync(cancellationToken))
        {
            return;
        }

        // Every version of the product gets the same limits: they did not change when the premium did.
        foreach (var product in national)
        {
            (product.MaxNoHospitalization, product.MaxNoSurgery, product.MaxNoDelivery, product.MaxNoAntenatal) = (4, 2, 1, 4);
            (product.MaxNoConsultation, product.MaxNoVisits) = (12, 24);
            (product.DedInsuree, product.MaxInsuree, product.CeilingInterpretation) = (10m, 5000m, "I");
        }

        var created = live.ValidityFrom;
        var items = await db.Set<Medical.Data.MedicalItem>().Where(i => i.ValidityTo == null).OrderBy(i => i.Id).Select(i => new { i.Id, i.Price }).ToListAsync(cancellationToken);
        var services = await db.Set<Medical.Data.MedicalService>().Where(s => s.ValidityTo == null).OrderBy(s => s.Id).Select(s => new { s.Id, s.Price }).ToListAsync(cancellationToken);
        db.AddRange(items.Select((i, n) => Covered(new ProductItem { ItemId = i.Id }, live.Id, n, i.Price, created, limit: 10, waiting: null)));
        db.AddRange(services.Select((s, n) => Covered(new ProductService { ServiceId = s.Id }, live.Id, n, s.Price, created, limit: null, waiting: 3)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static T Covered<T>(T line, int productId, int index, decimal price, DateTime created, int? limit, int? waiting)
        where T : CoveredLimits
    {
        var fixedAmount = index % 3 == 2;
        line.ProductId = productId;
        line.LimitationType = line.LimitationTypeE = line.LimitationTypeR = fixedAmount ? "F" : "C";
        line.LimitAdult = line.LimitChild = line.LimitAdultE = line.LimitChildE = line.LimitAdultR = line.LimitChildR = fixedAmount ? price * 0.8m : 100m;
        line.PriceOrigin = "P";
        (line.LimitNoAdult, line.LimitNoChild) = (limit, limit);
        (line.WaitingPeriodAdult, line.WaitingPeriodChild) = (waiting, waiting);
        line.ValidityFrom = created;
        line.AuditUserId = 1;
        return line;
    }
}
