using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Location.Data;
using OpenImis.Fhir.Modules.Product.Data;

namespace OpenImis.Fhir.Modules.Product.Handlers;

/// <summary>The rows a product write checks or links: its location, its conversion product, codes, policies, covered items.</summary>
internal sealed class ProductLookups(ImisDbContext db)
{
    private const string PolicyTable = "tblPolicy";

    /// <summary>A live region or district: openIMIS products are national (no location), regional or district-wide.</summary>
    public async Task<Location.Data.Location> LiveCoverageAreaAsync(string uuid, string element, CancellationToken cancellationToken)
    {
        var location = await db.RequireLiveRowAsync<Location.Data.Location>(uuid, $"Location/{uuid}", element, cancellationToken);
        return location.Type is LocationTypes.Region or LocationTypes.District
            ? location
            : throw FhirException.Unprocessable(
                $"{element}: Location/{uuid} is of type '{location.Type}'; a product covers a region (R) or a district (D).", element);
    }

    public Task<Data.Product> LiveProductAsync(string uuid, string element, CancellationToken cancellationToken) =>
        db.RequireLiveRowAsync<Data.Product>(uuid, $"InsurancePlan/{uuid}", element, cancellationToken);

    public Task<bool> CodeTakenAsync(string code, int productId, CancellationToken cancellationToken) =>
        db.Set<Data.Product>().AnyAsync(p => p.ProductCode == code && p.ValidityTo == null && p.Id != productId, cancellationToken);

    /// <summary>
    /// The live policies of a product. tblPolicy belongs to the Policy module: it is read with plain SQL, and a
    /// database this server made without that module has no such table, so no policies.
    /// </summary>
    public async Task<int> LivePolicyCountAsync(int productId, CancellationToken cancellationToken)
    {
        var exists = db.Database.IsNpgsql()
            ? "SELECT count(*)::int AS \"Value\" FROM pg_catalog.pg_tables WHERE tablename = {0} AND schemaname = current_schema()"
            : "SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}";
        if (await db.Database.SqlQueryRaw<int>(exists, PolicyTable).SingleAsync(cancellationToken) == 0)
        {
            return 0;
        }

        var count = db.Database.IsNpgsql()
            ? $"SELECT count(*)::int AS \"Value\" FROM \"{PolicyTable}\" WHERE \"ProdID\" = {{0}} AND \"ValidityTo\" IS NULL"
            : $"SELECT count(*) AS \"Value\" FROM \"{PolicyTable}\" WHERE \"ProdID\" = {{0}} AND \"ValidityTo\" IS NULL";
        return await db.Database.SqlQueryRaw<int>(count, productId).SingleAsync(cancellationToken);
    }

    /// <summary>Ends the product's live covered items and services with it, as openIMIS does when it deletes a product.</summary>
    public async System.Threading.Tasks.Task EndCoveredAsync(int productId, DateTime now, int auditUserId, CancellationToken cancellationToken)
    {
        foreach (var item in await db.Set<ProductItem>().Where(i => i.ProductId == productId && i.ValidityTo == null).ToListAsync(cancellationToken))
        {
            item.ValidityTo = now;
            item.AuditUserId = auditUserId;
        }

        foreach (var service in await db.Set<ProductService>().Where(s => s.ProductId == productId && s.ValidityTo == null).ToListAsync(cancellationToken))
        {
            service.ValidityTo = now;
            service.AuditUserId = auditUserId;
        }
    }
}
