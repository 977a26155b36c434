using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Conformance;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.ExistingDatabase;

/// <summary>
/// Every served type over a database openIMIS made and filled: each resource reads by its stored (upper-case) UUID and
/// by the lower-case one, is found by search, has a history, and validates against its profile with zero errors.
/// </summary>
public sealed class ExistingDatabaseTests(ExistingDatabaseFixture fixture) : IClassFixture<ExistingDatabaseFixture>
{
    private readonly HttpClient _client = fixture.CreateClient();

    [Theory]
    [MemberData(nameof(ExistingRows.Resources), MemberType = typeof(ExistingRows))]
    public async System.Threading.Tasks.Task Read_ServesTheRow_WhenIdIsUpperOrLowerCase(string type, string id)
    {
        var upper = await ReadAsync(type, id.ToUpperInvariant());
        var lower = await ReadAsync(type, id.ToLowerInvariant());
        Assert.Equal(id.ToLowerInvariant(), upper.Id);
        Assert.Equal(upper.Id, lower.Id);
        Assert.Equal(upper.Meta.VersionId, lower.Meta.VersionId);
    }

    [Theory]
    [MemberData(nameof(ExistingRows.Resources), MemberType = typeof(ExistingRows))]
    public async System.Threading.Tasks.Task Read_ValidatesWithZeroErrors_WhenRowIsOpenImis(string type, string id) =>
        AssertValid(await ReadAsync(type, id));

    [Theory]
    [MemberData(nameof(ExistingRows.Resources), MemberType = typeof(ExistingRows))]
    public async System.Threading.Tasks.Task Search_FindsTheRow_WhenAskedById(string type, string id)
    {
        var bundle = await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync($"/fhir/{type}?_id={id.ToLowerInvariant()}"));
        var found = Assert.Single(bundle.Entry, e => e.Search?.Mode != Bundle.SearchEntryMode.Include);
        Assert.Equal(id.ToLowerInvariant(), found.Resource!.Id);
        AssertValid(found.Resource);
    }

    [Theory]
    [MemberData(nameof(ExistingRows.Resources), MemberType = typeof(ExistingRows))]
    public async System.Threading.Tasks.Task History_ListsValidVersions_WhenRowHasHistory(string type, string id)
    {
        using var response = await _client.GetAsync($"/fhir/{type}/{id}/_history");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bundle = await FhirHttp.ReadAsync<Bundle>(response);
        Assert.Equal(Bundle.BundleType.History, bundle.Type);
        Assert.NotEmpty(bundle.Entry);
        foreach (var entry in bundle.Entry.Where(e => e.Resource is not null))
        {
            Assert.Equal(id.ToLowerInvariant(), entry.Resource!.Id);
            AssertValid(entry.Resource);
        }
    }

    [Theory]
    [InlineData("Patient", ExistingRows.Spouse, 2)]
    [InlineData("Location", ExistingRows.District, 2)]
    [InlineData("Organization", ExistingRows.HealthCentre, 2)]
    [InlineData("Practitioner", ExistingRows.ClaimAdmin, 2)]
    [InlineData("PractitionerRole", ExistingRows.Officer, 2)]
    [InlineData("Medication", ExistingRows.Item, 2)]
    [InlineData("ActivityDefinition", ExistingRows.Service, 2)]
    [InlineData("InsurancePlan", ExistingRows.Product, 2)]
    public async System.Threading.Tasks.Task History_HoldsOpenImisHistoryRows_WhenRowWasUpdated(string type, string id, int versions)
    {
        var bundle = await FhirHttp.ReadAsync<Bundle>(await _client.GetAsync($"/fhir/{type}/{id.ToLowerInvariant()}/_history"));
        Assert.Equal(versions, bundle.Entry.Count);
        Assert.Equal([Bundle.HTTPVerb.PUT, Bundle.HTTPVerb.POST], bundle.Entry.Select(e => e.Request.Method!.Value));
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_AnswersGone_WhenOpenImisDeletedTheRow()
    {
        using var response = await _client.GetAsync($"/fhir/Location/{ExistingRows.DeletedVillage}");
        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
    }

    [Theory]
    [InlineData("Patient", 2)]
    [InlineData("Group", 1)]
    [InlineData("Location", 7)]
    [InlineData("Organization", 6)]
    [InlineData("Practitioner", 4)]
    [InlineData("PractitionerRole", 4)]
    [InlineData("Medication", 1)]
    [InlineData("ActivityDefinition", 1)]
    [InlineData("InsurancePlan", 1)]
    public async System.Threading.Tasks.Task Search_ServesEveryLiveRowValid_WhenTypeIsSearched(string type, int live)
    {
        var served = await ServedConformance.AllAsync(_client, type);
        Assert.Equal(live, served.Count);
        Assert.All(served, AssertValid);
    }

    // openIMIS leaves tblClaimAdmin.HFId NULL; the role says its organization is unknown.
    [Theory]
    [InlineData("PractitionerRole", ExistingRows.ClaimAdminWithoutFacility)]
    public async System.Threading.Tasks.Task Read_ValidatesWithZeroErrors_WhenClaimAdministratorHasNoFacility(string type, string id) =>
        AssertValid(await ReadAsync(type, id));

    // The profile wants a village address; openIMIS allows none or any level (PH01 sits at a district).
    [Theory]
    [InlineData("Organization", ExistingRows.Cooperative)]
    [InlineData("Organization", ExistingRows.Traders)]
    public async System.Threading.Tasks.Task Read_ValidatesWithZeroErrors_WhenPolicyHolderHasNoVillage(string type, string id) =>
        AssertValid(await ReadAsync(type, id));

    private async Task<Resource> ReadAsync(string type, string id)
    {
        using var response = await _client.GetAsync($"/fhir/{type}/{id}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{type}/{id}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var resource = await FhirHttp.ReadAsync<Resource>(response);
        Assert.Equal(type, resource.TypeName);
        return resource;
    }

    private static void AssertValid(Resource resource)
    {
        var profile = Assert.Single(resource.Meta.Profile);
        var errors = SharedConformance.Validator.Validate(resource, profile).Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{resource.TypeName}/{resource.Id}: {i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}")
            .ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
