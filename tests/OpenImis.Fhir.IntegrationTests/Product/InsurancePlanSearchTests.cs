using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Product;

/// <summary>InsurancePlan searches against the same question asked of tblProduct in SQL.</summary>
public sealed class InsurancePlanSearchTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private async Task<long> TotalAsync(string query) =>
        (await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync($"/fhir/InsurancePlan?{query}&_total=accurate"))).Total!.Value;

    private Task<long> SqlAsync(string where) =>
        TestPostgres.CountAsync(server.ConnectionString, $"SELECT count(*) FROM \"tblProduct\" WHERE \"ValidityTo\" IS NULL AND {where}");

    [Theory]
    [InlineData("identifier=NAT01", "\"ProductCode\" = 'NAT01'")]
    [InlineData("identifier=Code|RX02", "\"ProductCode\" = 'RX02'")]
    [InlineData("name=regional", "lower(\"ProductName\") LIKE 'regional%'")]
    [InlineData("name:contains=COVER", "lower(\"ProductName\") LIKE '%cover%'")]
    [InlineData("status=active", "\"DateFrom\" < current_date + 1 AND \"DateTo\" >= current_date")]
    [InlineData("status=draft", "\"DateFrom\" >= current_date + 1")]
    [InlineData("status=retired", "\"DateTo\" < current_date")]
    [InlineData("_lastUpdated=gt2000-01-01", "\"ValidityFrom\" > '2000-01-01'")]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenParameterIsGiven(string query, string where)
    {
        var expected = await SqlAsync(where);
        Assert.True(expected > 0, $"The demo data has no product for {query}.");
        Assert.Equal(expected, await TotalAsync(query));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsByUuid_WhenIdentifierIsTheId()
    {
        var any = (InsurancePlan)(await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync("/fhir/InsurancePlan?_count=1"))).Entry[0].Resource!;
        Assert.Equal(1, await TotalAsync($"identifier=UUID|{any.Id}"));
    }
}
