using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.HealthFacility;

/// <summary>
/// Chains and _include over the health-facility site's <c>organization</c> (its own Organization) and <c>partof</c>
/// (its district), on the demo data, against the counts SQL gives.
/// </summary>
public sealed class SiteReferenceChainTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Sites = "physicalType=http://terminology.hl7.org/CodeSystem/location-physical-type|si";
    private const string LiveFacilities = "FROM \"tblHF\" h WHERE h.\"ValidityTo\" IS NULL";

    private readonly HttpClient _client = server.CreateClient();

    private Task<long> CountAsync(string sql) => TestPostgres.CountAsync(server.ConnectionString, sql);

    private Task<Bundle> SearchAsync(string query) => FhirHttp.GetOkAsync<Bundle>(_client, query);

    private static List<Bundle.EntryComponent> Included(Bundle bundle) =>
        bundle.Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Include).ToList();

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenChainingOrganizationName()
    {
        var some = (Location)(await SearchAsync($"Location?{Sites}&_count=1")).Entry.Single().Resource;
        var prefix = some.Name[..3].ToLowerInvariant();
        var expected = await CountAsync($"SELECT count(*) {LiveFacilities} AND lower(h.\"HFName\") LIKE '{prefix.Replace("'", "''", StringComparison.Ordinal)}%'");

        var bundle = await SearchAsync($"Location?{Sites}&organization.name={Uri.EscapeDataString(prefix)}&_summary=count");

        Assert.True(expected > 0);
        Assert.Equal(expected, (long?)bundle.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenChainingPartOfIdentifier()
    {
        var district = await CountAsync(
            $"SELECT min(h.\"LocationId\") {LiveFacilities}");
        var expected = await CountAsync($"SELECT count(*) {LiveFacilities} AND h.\"LocationId\" = {district}");
        var code = await CodeOfLocationAsync(district);

        var bundle = await SearchAsync($"Location?{Sites}&partof.identifier=Code|{code}&_summary=count");

        Assert.Equal(expected, (long?)bundle.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_IncludesEveryFacilityOrganization_WhenIncludingOrganizationOfSites()
    {
        var expected = await CountAsync($"SELECT count(*) {LiveFacilities}");

        var bundle = await SearchAsync($"Location?{Sites}&_include=Location:organization&_count=200");

        Assert.Equal(expected, Included(bundle).Count);
        Assert.Equal(
            bundle.Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Match).Select(e => e.Resource.Id).Order(StringComparer.Ordinal),
            Included(bundle).Select(e => Assert.IsType<Organization>(e.Resource).Id).Order(StringComparer.Ordinal));
    }

    // The district's code, read through the server so that the test needs no second SQL helper.
    private async Task<string> CodeOfLocationAsync(long locationId)
    {
        var all = await SearchAsync("Location?physicalType=https://openimis.github.io/openimis_fhir_r4_ig/CodeSystem/location-type|D&_count=200");
        foreach (var location in all.Entry.Select(e => (Location)e.Resource))
        {
            var code = location.Identifier.First(i => i.Type.Coding.Any(c => c.Code == "Code")).Value;
            if (await CountAsync($"SELECT count(*) FROM \"tblLocations\" WHERE \"LocationId\" = {locationId} AND \"LocationCode\" = '{code}'") == 1)
            {
                return code;
            }
        }

        throw new InvalidOperationException($"No district with id {locationId}.");
    }
}
