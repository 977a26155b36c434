using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>
/// Outbox inserts as SQL on a connection of the openIMIS context, so that they join its transaction; the table
/// belongs to <see cref="FhirStateDbContext"/>'s model, which is a different context over the same database.
/// A version already in the outbox (unique on type, id and version) is skipped, never an error.
/// </summary>
internal static class ChangeEventSql
{
    // Parameters per statement stay far below SQLite's 32,766 and PostgreSQL's 65,535.
    private const int RowsPerStatement = 500;

    public static string Table(DatabaseFacade database, string name) =>
        database.IsNpgsql() ? $"\"{FhirStateDbContext.Schema}\".\"{name}\"" : $"\"{FhirStateDbContext.SqlitePrefix}{name}\"";

    public static async Task<int> InsertAsync(DatabaseFacade database, IReadOnlyList<ChangeEvent> events, CancellationToken cancellationToken)
    {
        var table = Table(database, "change_event");
        var inserted = 0;
        foreach (var chunk in events.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder($"INSERT INTO {table} (resource_type, resource_id, version_id, action, occurred_at, origin) VALUES ");
            var values = new List<object>(chunk.Length * 6);
            for (var i = 0; i < chunk.Length; i++)
            {
                var p = i * 6;
                sql.Append(i == 0 ? "" : ", ").Append($"({{{p}}}, {{{p + 1}}}, {{{p + 2}}}, {{{p + 3}}}, {{{p + 4}}}, {{{p + 5}}})");
                values.AddRange([chunk[i].ResourceType, chunk[i].ResourceId, chunk[i].VersionId ?? (object)DBNull.Value, chunk[i].Action,
                    DateTime.SpecifyKind(chunk[i].OccurredAt, DateTimeKind.Utc), chunk[i].Origin]);
            }

            sql.Append(" ON CONFLICT DO NOTHING");
#pragma warning disable EF1002 // Only the table name is spliced in, from constants; every value is a parameter.
            inserted += await database.ExecuteSqlRawAsync(sql.ToString(), values, cancellationToken);
#pragma warning restore EF1002
        }

        return inserted;
    }
}
