using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Data;

/// <summary>
/// Saves changes, turning a constraint the database enforces (a code missing from a lookup table, a duplicate
/// key) into a 422 that names it: the client's data broke a rule, the server did not fail.
/// </summary>
public static class ConstraintViolations
{
    /// <summary>Saves the context's changes.</summary>
    public static async Task SaveChangesCheckedAsync(this DbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (Describe(ex.InnerException) is { } rule)
        {
            throw FhirException.Unprocessable($"The openIMIS database refused the change: {rule}");
        }
    }

    // Class 23 is PostgreSQL's 'integrity constraint violation'; SQLite reports constraints as error 19.
    private static string? Describe(Exception? inner) => inner switch
    {
        PostgresException pg when pg.SqlState.StartsWith("23", StringComparison.Ordinal) =>
            $"{pg.MessageText}{(pg.Detail is { Length: > 0 } detail ? $" ({detail})" : string.Empty)}",
        SqliteException { SqliteErrorCode: 19 } sqlite => sqlite.Message,
        _ => null,
    };
}
