using System.Net;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Hostile;

/// <summary>On SQLite, whose expression depth limit (1,000) a chain of ORs broke: searches at the limits work, past them answer 400.</summary>
public sealed class SqliteSearchLimitTests(SqliteServerFixture server) : IClassFixture<SqliteServerFixture>
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

    [Fact]
    public async System.Threading.Tasks.Task Search_Answers400_WhenAParameterHasAThousandValues()
    {
        var values = string.Join(',', Enumerable.Range(0, 1_000).Select(v => $"zq{v}"));
        var response = await SearchLimits.SearchAsync(_client, [new("name", values)]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("MaxValuesPerParameter", (await FhirHttp.OutcomeAsync(response)).Issue.Single().Diagnostics, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_Answers400_WhenThereAreMoreCriteriaThanTheLimit()
    {
        var criteria = Enumerable.Range(0, SearchLimits.Criteria + 1).Select(c => new KeyValuePair<string, string>("name", $"zq{c}"));
        var response = await SearchLimits.SearchAsync(_client, criteria);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("MaxCriteria", (await FhirHttp.OutcomeAsync(response)).Issue.Single().Diagnostics, StringComparison.Ordinal);
    }
}
