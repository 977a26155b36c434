using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.People;

/// <summary>
/// PractitionerRole <c>location</c> (the villages an enrolment officer serves, tblOfficerVillages): by reference, by
/// chain and as _include, on the demo data, against the counts SQL gives.
/// </summary>
public sealed class OfficerLocationSearchTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Served =
        "FROM \"tblOfficer\" o JOIN \"tblOfficerVillages\" v ON v.\"OfficerId\" = o.\"OfficerID\" AND v.\"ValidityTo\" IS NULL"
        + " JOIN \"tblLocations\" l ON l.\"LocationId\" = v.\"LocationId\" WHERE o.\"ValidityTo\" IS NULL";

    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task Search_GivesTheOfficersServingTheVillage_WhenLocationIsGiven()
    {
        var village = await VillageAsync();
        var expected = await TestPostgres.CountAsync(server.ConnectionString, $"SELECT count(DISTINCT o.\"OfficerID\") {Served} AND l.\"LocationUUID\" = '{village.Uuid}'");

        var byReference = await SearchAsync($"PractitionerRole?location=Location/{village.Uuid}");
        var byUpperCaseId = await SearchAsync($"PractitionerRole?location={village.Uuid.ToUpperInvariant()}");

        Assert.True(expected > 0);
        Assert.Equal((int)expected, byReference.Total);
        Assert.All(byReference.Entry, e => Assert.Contains($"Location/{village.Uuid}", ((PractitionerRole)e.Resource).Location.Select(l => l.Reference)));
        Assert.Equal(byReference.Entry.Select(e => e.Resource.Id), byUpperCaseId.Entry.Select(e => e.Resource.Id));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenChainingLocationName()
    {
        var village = await VillageAsync();
        var expected = await TestPostgres.CountAsync(
            server.ConnectionString, $"SELECT count(DISTINCT o.\"OfficerID\") {Served} AND l.\"ValidityTo\" IS NULL AND lower(l.\"LocationName\") LIKE lower('{village.Name.Replace("'", "''", StringComparison.Ordinal)}%')");

        var bundle = await SearchAsync($"PractitionerRole?location.name={Uri.EscapeDataString(village.Name)}");

        Assert.Equal((int)expected, bundle.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_IncludesTheServedVillages_WhenIncludingLocation()
    {
        var expected = await TestPostgres.CountAsync(server.ConnectionString, $"SELECT count(DISTINCT l.\"LocationId\") {Served}");

        var bundle = await SearchAsync("PractitionerRole?role=EO&_include=PractitionerRole:location&_count=200");
        var included = bundle.Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Include).ToList();

        Assert.Equal((int)expected, included.Count);
        Assert.All(included, e => Assert.Equal("V", ((Location)e.Resource).PhysicalType.Coding.Single().Code));
    }

    private async Task<(string Uuid, string Name)> VillageAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            $"SELECT lower(l.\"LocationUUID\"), l.\"LocationName\" {Served} ORDER BY v.\"OfficerVillageId\" LIMIT 1", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "The demo data has no officer serving a village.");
        return (reader.GetString(0), reader.GetString(1));
    }

    private Task<Bundle> SearchAsync(string query) => FhirHttp.GetOkAsync<Bundle>(_client, query);
}
