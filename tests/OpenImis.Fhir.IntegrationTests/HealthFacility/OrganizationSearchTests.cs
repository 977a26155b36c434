using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.IntegrationTests.Locations;

namespace OpenImis.Fhir.IntegrationTests.HealthFacility;

/// <summary>
/// Health facilities searched as Organization (type prov: the insurer and policy holders are Organizations too) and
/// as Location sites, against the counts SQL gives.
/// </summary>
public sealed class OrganizationSearchTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string LiveFacilities = "FROM \"tblHF\" h WHERE h.\"ValidityTo\" IS NULL";

    private readonly FhirClient _client = LocationResources.Client(server);

    private Task<long> CountAsync(string where) =>
        TestPostgres.CountAsync(server.ConnectionString, $"SELECT count(*) {LiveFacilities} {where}");

    private async Task<long?> TotalAsync<TResource>(params string[] criteria)
        where TResource : Resource, new() =>
        (await _client.SearchAsync<TResource>([.. criteria, "_summary=count"]))!.Total;

    [Fact]
    public async System.Threading.Tasks.Task Search_CountsEveryLiveFacility_WhenNoCriteria() =>
        Assert.Equal(await CountAsync(string.Empty), await TotalAsync<Organization>("type=prov"));

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenIdentifierIsACode() =>
        Assert.Equal(await CountAsync("AND h.\"HFCode\" = 'HF0003'"), await TotalAsync<Organization>("type=prov", "identifier=Code|HF0003"));

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsOneFacility_WhenIdentifierIsItsUuid()
    {
        var id = (await _client.SearchAsync<Organization>(["identifier=Code|HF0002"]))!.Entry.Single().Resource.Id;

        var bundle = await _client.SearchAsync<Organization>([$"identifier=UUID|{id.ToUpperInvariant()}"]);

        Assert.Equal([id], bundle!.Entry.Select(e => e.Resource.Id));
    }

    [Theory]
    [InlineData("ma")]
    [InlineData("Visiwani")]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenNameIsAPrefix(string prefix) =>
        Assert.Equal(await CountAsync($"AND lower(h.\"HFName\") LIKE '{prefix.ToLowerInvariant()}%'"), await TotalAsync<Organization>("type=prov", $"name={prefix}"));

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenNameContains() =>
        Assert.Equal(await CountAsync("AND lower(h.\"HFName\") LIKE '%health%'"), await TotalAsync<Organization>("type=prov", "name:contains=health"));

    [Fact]
    public async System.Threading.Tasks.Task SearchLocation_CountsEveryLiveFacility_WhenPhysicalTypeIsSite() =>
        Assert.Equal(await CountAsync(string.Empty), await TotalAsync<Location>("physicalType=si"));

    [Fact]
    public async System.Threading.Tasks.Task SearchLocation_ReturnsOnlySites_WhenPhysicalTypeIsSite()
    {
        var bundle = await _client.SearchAsync<Location>(["physicalType=http://terminology.hl7.org/CodeSystem/location-physical-type|si", "_count=100"]);

        var sites = bundle!.Entry.Select(e => (Location)e.Resource).ToList();
        Assert.Equal((await CountAsync(string.Empty), true), ((long)sites.Count, sites.All(s => s.PhysicalType.Coding[0].Code == "si" && s.ManagingOrganization is not null)));
    }

    [Fact]
    public async System.Threading.Tasks.Task SearchLocation_MatchesSqlCount_WhenPartOfIsADistrict()
    {
        var district = (await _client.SearchAsync<Organization>(["identifier=Code|HF0001"]))!.Entry.Select(e => (Organization)e.Resource).Single()
            .Address[0].GetExtension(LocationResources.LocationReference).Value as ResourceReference;
        var id = district!.Reference["Location/".Length..];

        var expected = await CountAsync($"AND h.\"LocationId\" = (SELECT l.\"LocationId\" FROM \"tblLocations\" l WHERE l.\"LocationUUID\" = '{id}')")
            + await TestPostgres.CountAsync(server.ConnectionString,
                $"SELECT count(*) FROM \"tblLocations\" c WHERE c.\"ValidityTo\" IS NULL AND c.\"ParentLocationId\" = (SELECT l.\"LocationId\" FROM \"tblLocations\" l WHERE l.\"LocationUUID\" = '{id}')");

        Assert.Equal(expected, await TotalAsync<Location>($"partof=Location/{id}"));
    }

    [Fact]
    public async System.Threading.Tasks.Task SearchLocation_PagesThroughBothSources_WhenNoCriteria()
    {
        var expected = await CountAsync(string.Empty)
            + await TestPostgres.CountAsync(server.ConnectionString, "SELECT count(*) FROM \"tblLocations\" WHERE \"ValidityTo\" IS NULL");
        var ids = new List<string?>();

        var page = await _client.SearchAsync<Location>(["_count=7"]);
        while (page is not null)
        {
            ids.AddRange(page.Entry.Select(e => e.Resource.Id));
            page = await _client.ContinueAsync(page);
        }

        Assert.Equal((expected, expected, true), ((long)ids.Count, (long)ids.Distinct().Count(), ids.Count > 0));
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_ListsBothProfiles_ForOrganizationAndLocation()
    {
        var statement = await _client.CapabilityStatementAsync();

        var resources = statement!.Rest[0].Resource;
        var organization = resources.Single(r => r.Type == "Organization");
        var location = resources.Single(r => r.Type == "Location");
        Assert.Contains(HealthFacilityResources.Profile, organization.SupportedProfile);
        Assert.Contains(HealthFacilityResources.SiteProfile, location.SupportedProfile);
        Assert.Contains(LocationResources.Profile, location.SupportedProfile);
        Assert.Contains(location.SearchParam, p => p.Name == "physicalType");
    }
}
