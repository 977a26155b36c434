using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace OpenImis.Fhir.Core.Data;

/// <summary>
/// Creates openIMIS-compatible tables in a database that has none of them, and leaves an existing openIMIS
/// schema exactly as it is.
/// </summary>
public static class SchemaInitializer
{
    /// <summary>Returns true when it created the tables (the database was empty of openIMIS tables).</summary>
    public static async Task<bool> EnsureTablesAsync(
        ImisDbContext db, IEnumerable<SearchIndex> indexes, ILogger logger, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        var mapped = db.Model.GetEntityTypes().Select(e => e.GetTableName()).OfType<string>().Distinct().ToList();
        var existing = await ExistingTablesAsync(db, cancellationToken);
        var missing = mapped.Where(t => !existing.Contains(t)).ToList();
        if (missing.Count == mapped.Count)
        {
            await creator.CreateTablesAsync(cancellationToken);
            logger.LogInformation("Created {Count} openIMIS tables: {Tables}", mapped.Count, string.Join(", ", mapped));
            if (db.Database.IsNpgsql())
            {
                // The database is the server's own: its search indexes come with it.
                foreach (var index in indexes)
                {
                    await db.Database.ExecuteSqlRawAsync(index.CreateSql(concurrently: false), cancellationToken);
                }
            }

            return true;
        }

        if (missing.Count > 0)
        {
            // Creating some tables in an openIMIS database would be altering its schema: tell the operator instead.
            logger.LogWarning(
                "The database lacks openIMIS tables {Tables}; the modules that map them will fail. They were not created because the database already holds openIMIS tables.",
                string.Join(", ", missing));
        }

        return false;
    }

    private static async Task<HashSet<string>> ExistingTablesAsync(ImisDbContext db, CancellationToken cancellationToken)
    {
        var sql = db.Database.IsNpgsql()
            ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
            : "SELECT name FROM sqlite_master WHERE type = 'table'";
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }

        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            var names = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                names.Add(reader.GetString(0));
            }

            return names;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }
}
