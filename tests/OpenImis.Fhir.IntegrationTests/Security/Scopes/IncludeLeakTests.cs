using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Security.Scopes;

/// <summary>_include, _revinclude, chains and _has never reveal a type the token may not see.</summary>
public sealed class IncludeLeakTests(ScopeServerFixture server) : IClassFixture<ScopeServerFixture>
{
    private async Task<Bundle> SearchAsync(string scope, string query)
    {
        using var client = server.Client(scope);
        return await FhirHttp.GetOkAsync<Bundle>(client, query);
    }

    private static int Included(Bundle bundle, string type) =>
        bundle.Entry.Count(e => e.Search?.Mode == Bundle.SearchEntryMode.Include && e.Resource?.TypeName == type);

    [Fact]
    public async System.Threading.Tasks.Task Include_LeavesOutTargets_WhenTokenCannotReadTheirType()
    {
        var bundle = await SearchAsync("system/Coverage.rs", "Coverage?_include=Coverage:beneficiary&_count=20");
        Assert.True(bundle.Entry.Count > 0, "the demo data has policies");
        Assert.Equal(0, bundle.Entry.Count(e => e.Resource?.TypeName == "Patient"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Include_AddsTargets_WhenTokenCanReadTheirType()
    {
        var bundle = await SearchAsync("system/Coverage.rs system/Patient.rs", "Coverage?_include=Coverage:beneficiary&_count=20");
        Assert.True(Included(bundle, "Patient") > 0);
    }

    [Fact]
    public async System.Threading.Tasks.Task RevInclude_LeavesOutReferrers_WhenTokenCannotReadTheirType()
    {
        var bundle = await SearchAsync("system/Patient.rs", "Patient?_revinclude=Coverage:beneficiary&_count=50");
        Assert.Equal(0, bundle.Entry.Count(e => e.Resource?.TypeName == "Coverage"));
    }

    [Fact]
    public async System.Threading.Tasks.Task RevInclude_AddsReferrers_WhenTokenCanReadTheirType()
    {
        var bundle = await SearchAsync("system/Patient.rs system/Coverage.s", "Patient?_revinclude=Coverage:beneficiary&_count=50");
        Assert.True(Included(bundle, "Coverage") > 0);
    }

    [Fact]
    public async System.Threading.Tasks.Task Has_Answers403_WhenTokenCannotSearchTheOtherType()
    {
        using var client = server.Client("system/Patient.rs");
        using var response = await client.GetAsync("/fhir/Patient?_has:Coverage:beneficiary:status=active");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(OperationOutcome.IssueType.Forbidden, (await FhirHttp.OutcomeAsync(response)).Issue[0].Code);
    }

    [Fact]
    public async System.Threading.Tasks.Task Chain_Answers403_WhenTokenCannotSearchTheChainedType()
    {
        using var client = server.Client("system/Coverage.rs");
        using var response = await client.GetAsync("/fhir/Coverage?beneficiary.family=Doe");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
