using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.HealthFacility.Handlers;

/// <summary>
/// The live rows that name a health facility, which openIMIS forbids deleting while they exist. Asked in SQL, not
/// through the other modules' entities: this module depends only on Location, and an openIMIS database has these
/// tables whether or not their modules are switched on. A database the server made has only the tables of the
/// enabled modules, so a missing table names no facility.
/// </summary>
internal sealed class HealthFacilityReferrers(ImisDbContext db)
{
    private static readonly (string Table, string Column, string What)[] Referrers =
    [
        ("tblInsuree", "HFID", "insuree(s) with it as first service point"),
        ("tblClaim", "HFID", "claim(s)"),
        ("tblClaimAdmin", "HFId", "claim administrator(s)"),
    ];

    /// <summary>A description of the first kind of live row that names the facility; null when none does.</summary>
    public async Task<string?> FirstAsync(int healthFacilityId, CancellationToken cancellationToken)
    {
        foreach (var (table, column, what) in Referrers)
        {
            if (!await TableExistsAsync(table, cancellationToken))
            {
                continue;
            }

            // Table and column names are this class's constants; the id is a parameter.
            var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE \"{column}\" = {{0}} AND \"ValidityTo\" IS NULL";
            var count = await db.Database.SqlQueryRaw<long>(sql, healthFacilityId).SingleAsync(cancellationToken);
            if (count > 0)
            {
                return $"{count} live {what}";
            }
        }

        return null;
    }

    private async Task<bool> TableExistsAsync(string table, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT CASE WHEN to_regclass({0}) IS NULL THEN 0 ELSE 1 END AS \"Value\""
            : "SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = {0}";
        var name = db.Database.IsNpgsql() ? $"\"{table}\"" : table;
        return await db.Database.SqlQueryRaw<int>(sql, name).SingleAsync(cancellationToken) > 0;
    }
}
