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
/// its own on the ./test.sh cluster, or a named in-memory SQLite one.
/// </summary>
internal sealed class DemoDatabase : IAsyncDisposable
{
    private readonly DatabaseOptions _options;
    private readonly SqliteConnection? _keeper;

    private DemoDatabase(DatabaseOptions options, SqliteConnection? keeper)
    {
        _options = options;
        _keeper = keeper;
        Db = Open(options);
    }

    public ImisDbContext Db { get; private set; }

    public static async Task<DemoDatabase> PostgreSqlAsync()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        return await CreateAsync(new DatabaseOptions { Provider = DatabaseProvider.PostgreSql, ConnectionString = connectionString }, null);
    }

    public static async Task<DemoDatabase> SqliteAsync()
    {
        // A shared in-memory database lives as long as one connection to it is open: the fixture keeps one.
        var connectionString = $"Data Source=demo-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        var keeper = new SqliteConnection(connectionString);
        await keeper.OpenAsync();
        return await CreateAsync(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = connectionString }, keeper);
    }

    /// <summary>A new context over the same database, so that a test reads what was committed, not what is tracked.</summary>
    public ImisDbContext Reopen()
    {
        Db.Dispose();
        Db = Open(_options);
        return Db;
    }

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        if (_keeper is not null)
        {
            await _keeper.DisposeAsync();
        }

        if (_options.Provider == DatabaseProvider.PostgreSql)
        {
            await TestPostgres.DropDatabaseAsync(_options.ConnectionString);
        }
    }

    private static async Task<DemoDatabase> CreateAsync(DatabaseOptions options, SqliteConnection? keeper)
    {
        var database = new DemoDatabase(options, keeper);
        await SchemaInitializer.EnsureTablesAsync(database.Db, [], NullLogger.Instance, CancellationToken.None);
        return database;
    }

    private static ImisDbContext Open(DatabaseOptions options) =>
        new(new DbContextOptionsBuilder<ImisDbContext>().UseOpenImis(options, new EnabledModules(ModuleCatalog.All)).Options);
}
