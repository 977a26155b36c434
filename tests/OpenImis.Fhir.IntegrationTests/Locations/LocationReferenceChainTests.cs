using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Locations;

/// <summary>
/// Chains and _include over Location's <c>partof</c>, which refers to Location through the parent's UUID (locations)
/// and the district's (health-facility sites), on the demo tree, against the counts SQL gives.
/// </summary>
public sealed class LocationReferenceChainTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private Task<long> CountAsync(string sql) => TestPostgres.CountAsync(server.ConnectionString, sql);

    private Task<Bundle> SearchAsync(string query) => FhirHttp.GetOkAsync<Bundle>(_client, query);

    private async Task<string> NameOfAsync(string code) =>
        ((Location)(await SearchAsync($"Location?identifier=Code|{code}")).Entry.Single().Resource).Name;

    [Theory]
    [InlineData("R1")]
    [InlineData("R1D1")]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenChainingPartOfName(string parentCode)
    {
        var name = (await NameOfAsync(parentCode)).ToLowerInvariant().Replace("'", "''", StringComparison.Ordinal);
        var parents = $"SELECT p.\"LocationId\" FROM \"tblLocations\" p WHERE p.\"ValidityTo\" IS NULL AND lower(p.\"LocationName\") LIKE '{name}%'";
        var expected =
            await CountAsync($"SELECT count(*) FROM \"tblLocations\" l WHERE l.\"ValidityTo\" IS NULL AND l.\"ParentLocationId\" IN ({parents})")
            + await CountAsync($"SELECT count(*) FROM \"tblHF\" h WHERE h.\"ValidityTo\" IS NULL AND h.\"LocationId\" IN ({parents})");

        var bundle = await SearchAsync($"Location?partof.name={Uri.EscapeDataString(name)}&_summary=count");

        Assert.True(expected > 0);
        Assert.Equal(expected, (long?)bundle.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_IncludesEachParentOnce_WhenIncludingPartOfOfWards()
    {
        var expected = await CountAsync(
            "SELECT count(DISTINCT l.\"ParentLocationId\") FROM \"tblLocations\" l WHERE l.\"ValidityTo\" IS NULL AND l.\"LocationType\" = 'W'");

        var bundle = await SearchAsync($"Location?physicalType={LocationResources.TypeSystem}|W&_include=Location:partof&_count=200");
        var included = bundle.Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Include).ToList();

        Assert.Equal(expected, included.Count);
        Assert.All(included, e => Assert.Equal("D", ((Location)e.Resource).PhysicalType.Coding.Single().Code));
    }
}
