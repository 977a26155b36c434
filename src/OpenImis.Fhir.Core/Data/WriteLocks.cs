using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace OpenImis.Fhir.Core.Data;

/// <summary>
/// Locks that serialise writes inside the current transaction, released when it ends. On PostgreSQL a row lock
/// (<c>FOR NO KEY UPDATE</c>, which does not block the foreign-key checks of other writers) or a transaction-scoped
/// advisory lock on a value that openIMIS does not index as unique (a CHFID, a conditional create's criteria). On
/// SQLite every write transaction already holds the database's write lock (<c>BEGIN IMMEDIATE</c>), so both are no-ops.
/// </summary>
public static class WriteLocks
{
    /// <summary>
    /// The key of the live row of <typeparamref name="TEntity"/> with that UUID (matched in both spellings through its
    /// unique index; a history row's UUID is not a resource), locked until the transaction ends: finding and locking
    /// in one statement. Null when there is none.
    /// </summary>
    public static async Task<int?> LockLiveRowAsync<TEntity>(this DbContext db, string uuid, CancellationToken cancellationToken)
        where TEntity : class, IVersionedRow
    {
        var npgsql = RequireTransaction(db);
        var entity = db.Model.FindEntityType(typeof(TEntity))
            ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var helper = db.GetService<Microsoft.EntityFrameworkCore.Storage.ISqlGenerationHelper>();
        string Column(string property) => helper.DelimitIdentifier(entity.FindProperty(property)!.GetColumnName(table)!);
        var key = helper.DelimitIdentifier(entity.FindPrimaryKey()!.Properties.Single().GetColumnName(table)!);
        var sql = $"SELECT {key} AS \"Value\" FROM {helper.DelimitIdentifier(table.Name, table.Schema)} "
            + $"WHERE {Column(nameof(IVersionedRow.Uuid))} IN ({{0}}, {{1}}) AND {Column(nameof(IVersionedRow.LegacyId))} IS NULL"
            + (npgsql ? " FOR NO KEY UPDATE" : string.Empty);
        var keys = await db.Database.SqlQueryRaw<int>(sql, uuid.ToLowerInvariant(), uuid.ToUpperInvariant()).ToListAsync(cancellationToken);
        return keys.Count > 0 ? keys[0] : null;
    }

    /// <summary>
    /// Locks a value within a scope (e.g. <c>tblInsuree.CHFID</c> and the number) until the transaction ends, so that
    /// two writers checking that the value is free cannot both find it free.
    /// </summary>
    public static async Task LockValueAsync(this DbContext db, string scope, string value, CancellationToken cancellationToken)
    {
        if (RequireTransaction(db))
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock({0})", [KeyOf(scope, value)], cancellationToken);
        }
    }

    /// <summary>
    /// The advisory lock key of a value: the first 8 bytes of its SHA-256, the same in every process (string hash
    /// codes are randomised per process, and other server processes on the same database must agree).
    /// </summary>
    public static long KeyOf(string scope, string value)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes($"{scope}\u001f{value}"), hash);
        return BitConverter.ToInt64(hash[..8]);
    }

    // True when a lock must be taken. A lock outside a transaction would end with its statement and protect nothing.
    private static bool RequireTransaction(DbContext db)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("A write lock needs a transaction: run the write through WriteTransactions.");
        }

        return db.Database.IsNpgsql();
    }
}
