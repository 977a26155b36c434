using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Rest;

/// <summary>
/// The writes a type allows are the ones the CapabilityStatement lists, and the others answer 405: a submitted claim
/// and a feedback answer are only created, an adjudication only updated, a policy read through Coverage only read.
/// </summary>
public sealed class WriteInteractionsTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    [Theory]
    [InlineData("Claim", "create")]
    [InlineData("Communication", "create")]
    [InlineData("ClaimResponse", "update")]
    [InlineData("Coverage", "")]
    public async System.Threading.Tasks.Task Metadata_ListsOnlyTheAllowedWrites_WhenATypeAllowsSome(string type, string writes)
    {
        var statement = await FhirHttp.GetOkAsync<CapabilityStatement>(_client, "metadata");

        var listed = statement.Rest[0].Resource.Single(r => r.Type == type).Interaction
            .Select(i => i.Code!.Value)
            .Where(c => c is CapabilityStatement.TypeRestfulInteraction.Create or CapabilityStatement.TypeRestfulInteraction.Update
                or CapabilityStatement.TypeRestfulInteraction.Patch or CapabilityStatement.TypeRestfulInteraction.Delete)
            .Select(c => c.ToString().ToLowerInvariant()).Order();

        Assert.Equal(writes.Length == 0 ? [] : writes.Split(','), listed.Where(c => c != "patch"));
    }

    [Theory]
    [InlineData("Claim")]
    [InlineData("ClaimResponse")]
    [InlineData("Communication")]
    public async System.Threading.Tasks.Task Delete_Answers405AndKeepsTheResource_WhenTheTypeAllowsNoDelete(string type)
    {
        var first = (await FhirHttp.GetOkAsync<Bundle>(_client, $"{type}?_count=1")).Entry[0].Resource;

        using var response = await _client.DeleteAsync($"/fhir/{type}/{first.Id}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.NotEmpty((await FhirHttp.OutcomeAsync(response)).Issue);
        await FhirHttp.GetOkAsync<Resource>(_client, $"{type}/{first.Id}");
    }
}
