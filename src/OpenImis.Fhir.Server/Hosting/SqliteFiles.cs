using Microsoft.Data.Sqlite;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>
/// Resolves a relative SQLite file against the content root (the server's folder) rather than the working folder,
/// so that the database is the same file whichever folder the server was started from.
/// </summary>
internal static class SqliteFiles
{
    public static string Anchor(DatabaseOptions database, string contentRoot)
    {
        if (database.Provider != DatabaseProvider.Sqlite || string.IsNullOrEmpty(database.ConnectionString))
        {
            return database.ConnectionString;
        }

        var builder = new SqliteConnectionStringBuilder(database.ConnectionString);
        var file = builder.DataSource;
        if (builder.Mode == SqliteOpenMode.Memory || file.Length == 0 || file == ":memory:"
            || file.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || Path.IsPathRooted(file))
        {
            return database.ConnectionString;
        }

        builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, file));
        return builder.ConnectionString;
    }
}
