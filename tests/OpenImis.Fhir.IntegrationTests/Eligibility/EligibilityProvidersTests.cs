extern alias bench;

using bench::OpenImis.Fhir.Bench.Eligibility;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.IntegrationTests.Demo;
using OpenImis.Fhir.Modules.Claim.Eligibility;

namespace OpenImis.Fhir.IntegrationTests.Eligibility;

/// <summary>
/// The handler's counters for the benchmark's insuree (50 claims of every category and status) against the
/// hand-written SQL query, and on SQLite against PostgreSQL: the same EF LINQ must give the same answer on both.
/// </summary>
public sealed class EligibilityProvidersTests
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async System.Threading.Tasks.Task Answer_MatchesTheHandWrittenSql_WhenTheInsureeHas50Claims()
    {
        await using var database = await DemoDatabase.PostgreSqlAsync();
        var seeded = await EligibilityHistory.WriteAsync(database.Db, 50, Today, CancellationToken.None);
        await using var dataSource = NpgsqlDataSource.Create(database.Db.Database.GetConnectionString()!);

        var answer = EligibilityCommand.Counters(await AnswerAsync(database.Reopen(), seeded));
        var sql = await EligibilitySql.CountersAsync(dataSource, seeded.InsureeUuid, seeded.ItemCode, seeded.ServiceCode, Today, CancellationToken.None);

        Assert.Equal(13, answer.Count);
        Assert.Equal(sql, answer);
    }

    [Fact]
    public async System.Threading.Tasks.Task Answer_IsTheSameOnSqlite_WhenTheHistoryIsTheSame()
    {
        await using var postgres = await DemoDatabase.PostgreSqlAsync();
        await using var sqlite = await DemoDatabase.SqliteAsync();
        var onPostgres = await EligibilityHistory.WriteAsync(postgres.Db, 50, Today, CancellationToken.None);
        var onSqlite = await EligibilityHistory.WriteAsync(sqlite.Db, 50, Today, CancellationToken.None);

        var expected = EligibilityCommand.Counters(await AnswerAsync(postgres.Reopen(), onPostgres));
        var actual = EligibilityCommand.Counters(await AnswerAsync(sqlite.Reopen(), onSqlite));

        Assert.Equal(13, actual.Count);
        Assert.Equal(expected, actual);
    }

    private static async Task<CoverageEligibilityResponse> AnswerAsync(ImisDbContext db, EligibilityHistory.Seeded seeded)
    {
        await using (db)
        {
            var handler = new CoverageEligibilityRequestHandler(new EligibilityReader(db), TimeProvider.System);
            return (CoverageEligibilityResponse)await handler.CreateAsync(EligibilityCommand.Request(seeded), CancellationToken.None);
        }
    }
}
