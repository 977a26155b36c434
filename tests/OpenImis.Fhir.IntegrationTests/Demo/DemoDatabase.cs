using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules;

namespace OpenImis.Fhir.IntegrationTests.Demo;

/// <summary>
/// A fresh database with the openIMIS tables of every module, without the server: a PostgreSQL database of
/// its own on the ./test.sh cluster, or an in-memory SQLite one.
/// </summary>
internal sealed class DemoDatabase : IAsyncDisposable
{
    private readonly string? _postgres;
    private readonly SqliteConnection? _sqlite;

    private DemoDatabase(ImisDbContext db, string? postgres, SqliteConnection? sqlite)
    {
        Db = db;
        _postgres = postgres;
        _sqlite = sqlite;
    }

    public ImisDbContext Db { get; private set; }

    public static async Task<DemoDatabase> PostgreSqlAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        return await CreateAsync(new DbContextOptionsBuilder<ImisDbContext>().UseNpgsql(connectionString), connectionString, null);
    }

    public static async Task<DemoDatabase> SqliteAsync()
    {
        // In-memory SQLite lives as long as its connection, so the fixture keeps one open.
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        return await CreateAsync(new DbContextOptionsBuilder<ImisDbContext>().UseSqlite(connection), null, connection);
    }

    /// <summary>A new context over the same database, so that a test reads what was committed, not what is tracked.</summary>
    public ImisDbContext Reopen()
    {
        var options = new DbContextOptionsBuilder<ImisDbContext>();
        _ = _sqlite is not null ? options.UseSqlite(_sqlite) : options.UseNpgsql(_postgres!);
        Db.Dispose();
        Db = new ImisDbContext(options.Options, new EnabledModules(ModuleCatalog.All));
        return Db;
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        if (_sqlite is not null)
        {
            await _sqlite.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await TestPostgres.DropDatabaseAsync(_postgres);
        }
    }

    private static async Task<DemoDatabase> CreateAsync(
        DbContextOptionsBuilder<ImisDbContext> options, string? postgres, SqliteConnection? sqlite)
    {
        var db = new ImisDbContext(options.Options, new EnabledModules(ModuleCatalog.All));
        await SchemaInitializer.EnsureTablesAsync(db, NullLogger.Instance, CancellationToken.None);
        return new DemoDatabase(db, postgres, sqlite);
    }
}
