using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Medical.Handlers;

/// <summary>
/// Whether a live price list or a live claim uses an item or service, which openIMIS forbids deleting. No module
/// maps the price list and claim tables yet, so each check is one raw existence query; a table the database lacks
/// (a database this server created without the module that owns it) cannot hold a use.
/// </summary>
internal sealed class MedicalUsage(ImisDbContext db)
{
    public static readonly IReadOnlyList<MedicalUse> ItemUses =
    [
        new("tblPLItemsDetail", "a live price list",
            """
            SELECT EXISTS (SELECT 1 FROM "tblPLItemsDetail" d JOIN "tblPLItems" p ON p."PLItemID" = d."PLItemID" WHERE d."ItemID" = {0} AND d."ValidityTo" IS NULL AND p."ValidityTo" IS NULL) AS "Value"
            """),
        new("tblClaimItems", "a live claim",
            """
            SELECT EXISTS (SELECT 1 FROM "tblClaimItems" ci JOIN "tblClaim" c ON c."ClaimID" = ci."ClaimID" WHERE ci."ItemID" = {0} AND ci."ValidityTo" IS NULL AND c."ValidityTo" IS NULL) AS "Value"
            """),
    ];

    public static readonly IReadOnlyList<MedicalUse> ServiceUses =
    [
        new("tblPLServicesDetail", "a live price list",
            """
            SELECT EXISTS (SELECT 1 FROM "tblPLServicesDetail" d JOIN "tblPLServices" p ON p."PLServiceID" = d."PLServiceID" WHERE d."ServiceID" = {0} AND d."ValidityTo" IS NULL AND p."ValidityTo" IS NULL) AS "Value"
            """),
        new("tblClaimServices", "a live claim",
            """
            SELECT EXISTS (SELECT 1 FROM "tblClaimServices" cs JOIN "tblClaim" c ON c."ClaimID" = cs."ClaimID" WHERE cs."ServiceID" = {0} AND cs."ValidityTo" IS NULL AND c."ValidityTo" IS NULL) AS "Value"
            """),
    ];

    /// <summary>What uses the row (e.g. "a live claim"), or null when nothing does.</summary>
    public async Task<string?> FindAsync(IReadOnlyList<MedicalUse> uses, int id, CancellationToken cancellationToken)
    {
        foreach (var use in uses)
        {
            if (await TableExistsAsync(use.Table, cancellationToken)
                && await db.Database.SqlQueryRaw<bool>(use.ExistsSql, id).SingleAsync(cancellationToken))
            {
                return use.Description;
            }
        }

        return null;
    }

    private async Task<bool> TableExistsAsync(string table, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT to_regclass(quote_ident({0})) IS NOT NULL AS \"Value\""
            : "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = {0}) AS \"Value\"";
        return await db.Database.SqlQueryRaw<bool>(sql, table).SingleAsync(cancellationToken);
    }
}
