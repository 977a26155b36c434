using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security.Smart;

/// <summary>The generated signing key lives in the database: tokens outlive a restart, and every process agrees.</summary>
public sealed class SmartRestartTests(SmartServerFixture server) : IClassFixture<SmartServerFixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Search_AcceptsATokenOfTheFirstServer_WhenASecondServerStartsOverTheSameDatabase()
    {
        using var client = new SmartTestClient();
        await server.RegisterAsync(client, "system/*.rs");
        using var http = server.CreateClient();
        var answer = await SmartTestClient.RequestTokenAsync(http, client.Assertion());

        await using var restarted = new FhirServerFactory(server.ConnectionString, SmartServerFixture.SmartSettings);
        using var fresh = restarted.CreateClient();
        fresh.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", answer.AccessToken);
        using var response = await fresh.GetAsync("/fhir/Patient");
        var replayed = await SmartTestClient.RequestTokenAsync(fresh, client.Assertion());

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Bundle.BundleType.Searchset, (await FhirHttp.ReadAsync<Bundle>(response)).Type);
        Assert.Equal(200, replayed.Status);
        Assert.Equal(1, await TestPostgres.CountAsync(server.ConnectionString, "SELECT count(*) FROM fhir.smart_signing_key"));
    }
}
