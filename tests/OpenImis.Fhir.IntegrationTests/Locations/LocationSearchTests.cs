using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Locations;

/// <summary>
/// Each Location search parameter over the demo tree, against the count SQL gives for the same question. Searches
/// without a level also find the health facilities, served as Location sites.
/// </summary>
public sealed class LocationSearchTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Live = "FROM \"tblLocations\" l WHERE l.\"ValidityTo\" IS NULL";

    private readonly FhirClient _client = LocationResources.Client(server);

    private async Task<long?> TotalAsync(string query) =>
        (await _client.SearchAsync<Location>([query, "_summary=count"]))!.Total;

    private Task<long> CountAsync(string where) => TestPostgres.CountAsync(server.ConnectionString, $"SELECT count(*) {Live} {where}");

    // The same name condition over tblLocations and tblHF; {0} stands for the name column.
    private async Task<long> CountWithSitesAsync(string nameCondition) =>
        await CountAsync("AND " + string.Format(CultureInfo.InvariantCulture, nameCondition, "l.\"LocationName\""))
        + await TestPostgres.CountAsync(
            server.ConnectionString,
            "SELECT count(*) FROM \"tblHF\" h WHERE h.\"ValidityTo\" IS NULL AND " + string.Format(CultureInfo.InvariantCulture, nameCondition, "h.\"HFName\""));

    private async Task<string> DemoIdAsync(string code) =>
        (await _client.SearchAsync<Location>([$"identifier=Code|{code}"]))!.Entry.Single().Resource.Id;

    [Fact]
    public async System.Threading.Tasks.Task Search_CountsEveryLiveLocation_WhenNoCriteria() =>
        Assert.Equal(await CountWithSitesAsync("{0} IS NOT NULL"), (long?)(await _client.SearchAsync<Location>(["_summary=count"]))!.Total);

    [Theory]
    [InlineData("R")]
    [InlineData("D")]
    [InlineData("W")]
    [InlineData("V")]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenPhysicalTypeIsALevel(string type) =>
        Assert.Equal(await CountAsync($"AND l.\"LocationType\" = '{type}'"), await TotalAsync($"physicalType={LocationResources.TypeSystem}|{type}"));

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsNothing_WhenPhysicalTypeIsAnotherSystem() =>
        Assert.Equal(0L, await TotalAsync("physicalType=http://terminology.hl7.org/CodeSystem/location-physical-type|V"));

    [Theory]
    [InlineData("ma")]
    [InlineData("KI")]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenNameIsAPrefix(string prefix) =>
        Assert.Equal(await CountWithSitesAsync($"lower({{0}}) LIKE '{prefix.ToLowerInvariant()}%'"), await TotalAsync($"name={prefix}"));

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenNameContains() =>
        Assert.Equal(await CountWithSitesAsync("lower({0}) LIKE '%an%'"), await TotalAsync("name:contains=an"));

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenNameIsExact() =>
        Assert.Equal(await CountWithSitesAsync("{0} = 'Amani'"), await TotalAsync("name:exact=Amani"));

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenPartOfIsAWard()
    {
        var ward = await DemoIdAsync("R1D1M1");

        var expected = await CountAsync($"AND l.\"ParentLocationId\" = (SELECT p.\"LocationId\" FROM \"tblLocations\" p WHERE p.\"LocationUUID\" = '{ward}')");

        Assert.Equal((3L, (long?)3), (expected, await TotalAsync($"partof=Location/{ward}")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsOneLocation_WhenIdentifierIsItsUuid()
    {
        var id = await DemoIdAsync("R2");

        var bundle = await _client.SearchAsync<Location>([$"identifier=UUID|{id.ToUpperInvariant()}"]);

        Assert.Equal([id], bundle!.Entry.Select(e => e.Resource.Id));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenIdentifierIsACode() =>
        Assert.Equal(await CountAsync("AND l.\"LocationCode\" = 'R1D1M1V2'"), await TotalAsync("identifier=Code|R1D1M1V2"));

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsOneLocation_WhenIdIsGiven()
    {
        var id = await DemoIdAsync("R3D1");

        var bundle = await _client.SearchAsync<Location>([$"_id={id}"]);

        Assert.Equal(("D", 1), (((Location)bundle!.Entry.Single().Resource).PhysicalType.Coding[0].Code, bundle.Entry.Count));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_CombinesCriteria_WhenTypeAndNameAreGiven() =>
        Assert.Equal(
            (int?)await CountAsync("AND l.\"LocationType\" = 'V' AND lower(l.\"LocationName\") LIKE 'm%'"),
            (await _client.SearchAsync<Location>(["physicalType=V", "name=m", "_summary=count"]))!.Total);
}
