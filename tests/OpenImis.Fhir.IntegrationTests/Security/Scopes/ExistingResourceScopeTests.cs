using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security.Scopes;

/// <summary>The matrix's random ids prove the refusals; these prove the allowed reads answer with the data.</summary>
public sealed class ExistingResourceScopeTests(ScopeServerFixture server) : IClassFixture<ScopeServerFixture>
{
    private async Task<string> AnyPatientPathAsync()
    {
        using var client = server.Client("system/Patient.s");
        var bundle = await FhirHttp.GetOkAsync<Bundle>(client, "Patient?_count=1");
        return $"/fhir/Patient/{bundle.Entry[0].Resource!.Id}";
    }

    [Theory]
    [InlineData("system/Patient.r", "", HttpStatusCode.OK)]
    [InlineData("system/Patient.s", "", HttpStatusCode.Forbidden)]
    [InlineData("system/Patient.r", "/_history", HttpStatusCode.OK)]
    [InlineData("system/Patient.cuds", "/_history", HttpStatusCode.Forbidden)]
    public async System.Threading.Tasks.Task Read_AnswersByScope_WhenResourceExists(string scope, string suffix, HttpStatusCode expected)
    {
        var path = await AnyPatientPathAsync() + suffix;
        using var client = server.Client(scope);
        using var response = await client.GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        var body = await FhirHttp.ReadAsync<Resource>(response);
        Assert.Equal(expected == HttpStatusCode.OK ? (suffix.Length == 0 ? "Patient" : "Bundle") : "OperationOutcome", body.TypeName);
    }

    [Fact]
    public async System.Threading.Tasks.Task FhirClient_ReadsAndIsRefusedUpdate_WhenScopeIsV1Read()
    {
        var path = await AnyPatientPathAsync();
        var client = new Hl7.Fhir.Rest.FhirClient("http://localhost/fhir", new Hl7.Fhir.Rest.FhirClientSettings { PreferredFormat = Hl7.Fhir.Rest.ResourceFormat.Json },
            server.Factory.Server.CreateHandler());
        client.RequestHeaders!.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", server.Provider.Token(scope: "system/Patient.read"));

        var patient = await client.ReadAsync<Patient>(path[6..]);
        var refused = await Assert.ThrowsAsync<Hl7.Fhir.Rest.FhirOperationException>(() => client.UpdateAsync(patient!));
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task GroupExport_Answers403_WhenTokenCannotReadTheGroup()
    {
        using var reader = server.Client("system/Group.s");
        var group = (await FhirHttp.GetOkAsync<Bundle>(reader, "Group?_count=1")).Entry[0].Resource!.Id;
        using var client = server.Client("system/Patient.r");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/fhir/Group/{group}/$export");
        request.Headers.Add("Prefer", "respond-async");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
