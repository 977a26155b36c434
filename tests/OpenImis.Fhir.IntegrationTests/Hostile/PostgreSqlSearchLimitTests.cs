using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Hostile;

/// <summary>On PostgreSQL, searches at the limits work.</summary>
public sealed class PostgreSqlSearchLimitTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    [Theory]
    [InlineData("name")]
    [InlineData("address")]
    public async System.Threading.Tasks.Task Search_FindsTheMatches_WhenEveryCriterionHasTheMostValues(string parameter)
    {
        var (value, count) = await SearchLimits.DemoMatchAsync(_client, parameter);
        var response = await SearchLimits.SearchAsync(_client, SearchLimits.AtTheLimits(parameter, value));
        Assert.Equal(count, await SearchLimits.TotalAsync(response));
    }
}
