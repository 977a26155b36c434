using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Data;

/// <summary>
/// The server's own pooled context over a pool of one connection, queried directly (not through the edge, which
/// refuses NUL first): a statement whose automatic preparation failed at Bind must not poison the connection.
/// </summary>
public sealed class PreparedStatementPoolTests : IAsyncLifetime, IDisposable
{
    private FhirServerFactory? _factory;

    public async Task InitializeAsync()
    {
        var database = await TestPostgres.CreateDatabaseAsync();
        var onePool = new NpgsqlConnectionStringBuilder(database) { MaxPoolSize = 1 }.ConnectionString;
        _factory = new FhirServerFactory(onePool, new Dictionary<string, string?>());
        _ = _factory.Server;
    }

    private async Task<List<int>> CountAsync(string lastName)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImisDbContext>();
        return await db.Database.SqlQuery<int>($"SELECT count(*)::int AS \"Value\" FROM \"tblInsuree\" WHERE \"LastName\" = {lastName}").ToListAsync();
    }

    [Fact]
    public async Task Query_Succeeds_WhenItsPreparationFailedAtBindOnTheSameConnection()
    {
        await CountAsync("Doe");

        // The second use prepares the statement; PostgreSQL refuses the NUL at Bind (22021).
        await Assert.ThrowsAsync<PostgresException>(() => CountAsync("Do\0e"));

        Assert.Equal([0], await CountAsync("Doe"));
    }

    public void Dispose() => _factory?.Dispose();

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            await TestPostgres.DropDatabaseAsync(_factory.ConnectionString);
        }
    }
}
