using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Product;

/// <summary>InsurancePlan <c>coverage-area</c> by reference, by chain and as _include, against the counts SQL gives.</summary>
public sealed class InsurancePlanCoverageAreaTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Covered =
        "FROM \"tblProduct\" p JOIN \"tblLocations\" l ON l.\"LocationId\" = p.\"LocationId\" WHERE p.\"ValidityTo\" IS NULL";

    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task Search_GivesTheProductsOfTheArea_WhenCoverageAreaIsGiven()
    {
        var (uuid, _) = await AreaAsync();
        var expected = await TestPostgres.CountAsync(server.ConnectionString, $"SELECT count(*) {Covered} AND lower(l.\"LocationUUID\") = '{uuid}'");

        var byReference = await SearchAsync($"InsurancePlan?coverage-area=Location/{uuid}");
        var byUpperCaseId = await SearchAsync($"InsurancePlan?coverage-area={uuid.ToUpperInvariant()}");

        Assert.True(expected > 0);
        Assert.Equal((int)expected, byReference.Total);
        Assert.All(byReference.Entry, e => Assert.Equal($"Location/{uuid}", ((InsurancePlan)e.Resource).CoverageArea.Single().Reference));
        Assert.Equal(byReference.Entry.Select(e => e.Resource.Id), byUpperCaseId.Entry.Select(e => e.Resource.Id));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenChainingCoverageAreaName()
    {
        var (_, name) = await AreaAsync();
        var expected = await TestPostgres.CountAsync(
            server.ConnectionString,
            $"SELECT count(*) {Covered} AND l.\"ValidityTo\" IS NULL AND lower(l.\"LocationName\") LIKE lower('{name.Replace("'", "''", StringComparison.Ordinal)}%')");

        var bundle = await SearchAsync($"InsurancePlan?coverage-area.name={Uri.EscapeDataString(name)}");

        Assert.Equal((int)expected, bundle.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_IncludesTheCoveredAreas_WhenIncludingCoverageArea()
    {
        var expected = await TestPostgres.CountAsync(server.ConnectionString, $"SELECT count(DISTINCT l.\"LocationId\") {Covered}");

        var bundle = await SearchAsync("InsurancePlan?_include=InsurancePlan:coverage-area&_count=200");
        var included = bundle.Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Include).ToList();

        Assert.Equal((int)expected, included.Count);
        Assert.All(included, e => Assert.IsType<Location>(e.Resource));
    }

    private async Task<(string Uuid, string Name)> AreaAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            $"SELECT lower(l.\"LocationUUID\"), l.\"LocationName\" {Covered} ORDER BY p.\"ProdID\" LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "The demo data has no product with a coverage area.");
        return (reader.GetString(0), reader.GetString(1));
    }

    private Task<Bundle> SearchAsync(string query) => FhirHttp.GetOkAsync<Bundle>(_client, query);
}
