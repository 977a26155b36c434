using System.Net;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security.Scopes;

/// <summary>$validate and the terminology operations need the scope of what they do.</summary>
public sealed class OperationScopeTests(ScopeServerFixture server) : IClassFixture<ScopeServerFixture>
{
    private const string Lookup = "/fhir/CodeSystem/$lookup?system=http://hl7.org/fhir/administrative-gender&code=female";

    [Theory]
    [InlineData("system/Patient.rs", HttpStatusCode.Forbidden)]
    [InlineData("system/Patient.c", HttpStatusCode.OK)]
    [InlineData("system/Patient.write", HttpStatusCode.OK)]
    public async System.Threading.Tasks.Task Validate_NeedsAWriteScope_WhenResourceIsPosted(string scope, HttpStatusCode expected)
    {
        using var client = server.Client(scope);
        using var response = await client.PostAsync("/fhir/Patient/$validate", FhirHttp.Body(Fixtures.Patient("Validate")));
        Assert.Equal(expected, response.StatusCode);
        Assert.NotEmpty((await FhirHttp.OutcomeAsync(response)).Issue);
    }

    [Theory]
    [InlineData("system/CodeSystem.s", HttpStatusCode.Forbidden)]
    [InlineData("system/CodeSystem.r", HttpStatusCode.OK)]
    public async System.Threading.Tasks.Task Lookup_NeedsReadOnCodeSystem(string scope, HttpStatusCode expected)
    {
        using var client = server.Client(scope);
        using var response = await client.GetAsync(Lookup);
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Translate_Answers403_WhenTokenCannotReadConceptMaps()
    {
        using var client = server.Client("system/ValueSet.r");
        using var response = await client.GetAsync("/fhir/ConceptMap/$translate?url=x&system=y&code=z");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
