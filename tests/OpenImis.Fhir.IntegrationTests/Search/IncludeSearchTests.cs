using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Search;

/// <summary>_include and _revinclude on the demo data: marked, deduplicated, not counted, bounded.</summary>
public sealed class IncludeSearchTests(ReferenceSearchFixture fixture) : IClassFixture<ReferenceSearchFixture>
{
    private readonly HttpClient _client = fixture.CreateClient();
    private readonly SearchDatabase _db = fixture.Database;

    [Fact]
    public async System.Threading.Tasks.Task Search_IncludesEveryLiveMember_WhenIncludingGroupMembers()
    {
        var family = await SomeFamilyAsync();
        var bundle = await SearchAsync($"Group?_id={family}&_include=Group:member");
        var members = await MembersAsync(family);
        Assert.Equal(1, bundle.Total);
        Assert.Equal(members, Included(bundle).Select(e => e.Resource.Id!).Order(StringComparer.Ordinal).ToList());
        Assert.All(Included(bundle), e => Assert.IsType<Patient>(e.Resource));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_IncludesTheFamily_WhenRevIncludingGroupMember()
    {
        var family = await SomeFamilyAsync();
        var member = (await MembersAsync(family))[0];
        var bundle = await SearchAsync($"Patient?_id={member}&_revinclude=Group:member");
        Assert.Equal(1, bundle.Total);
        var included = Assert.Single(Included(bundle));
        Assert.Equal(family, included.Resource.Id);
        Assert.Equal($"http://localhost/fhir/Group/{family}", included.FullUrl);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_ListsEachResourceOnce_WhenIncludesMeetMatches()
    {
        var family = await SomeFamilyAsync();
        var members = await MembersAsync(family);
        var bundle = await SearchAsync($"Patient?_id={string.Join(',', members)}&_revinclude=Group:member&_include:iterate=Group:member");
        Assert.Equal(members.Count, bundle.Total);
        Assert.Equal(members.Count + 1, bundle.Entry.Count);
        Assert.Equal(bundle.Entry.Count, bundle.Entry.Select(e => e.FullUrl).Distinct().Count());
        Assert.Equal("Group", Assert.Single(Included(bundle)).Resource.TypeName);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_IncludesFamilyAndItsMembers_WhenIterating()
    {
        var family = await SomeFamilyAsync();
        var members = await MembersAsync(family);
        var bundle = await SearchAsync($"Patient?_id={members[0]}&_revinclude=Group:member&_include:iterate=Group:member");
        Assert.Equal(members.Count, Included(bundle).Count(e => e.Resource is Patient) + 1);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_IncludesTheGroup_WhenIncludingEveryReference()
    {
        var family = await SomeFamilyAsync();
        var member = (await MembersAsync(family))[0];
        var bundle = await SearchAsync($"Patient?_id={member}&_include=*");
        Assert.Contains(Included(bundle), e => e.Resource is Group && e.Resource.Id == family);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_StopsAtTheBoundWithWarning_WhenIncludesExceedIt()
    {
        var bundle = await SearchAsync("Group?_include=Group:member&_count=50");
        Assert.Equal(ReferenceSearchFixture.MaxIncludes, Included(bundle).Count());
        Assert.Single(bundle.Entry, e => e.Search?.Mode == Bundle.SearchEntryMode.Outcome);
    }

    [Theory]
    [InlineData("Group?_include=Group:member&_count=50")]
    [InlineData("Patient?_revinclude=*")]
    [InlineData("Patient?_revinclude=Group:nosuch")]
    [InlineData("Patient?_include=Patient")]
    public async System.Threading.Tasks.Task Search_Answers400_WhenStrictAndIncludeUnsupported(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/fhir/{query}");
        request.Headers.Add("Prefer", "handling=strict");
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_ListsIncludesFromReferenceParameters_WhenGroupRefersToPatient()
    {
        var statement = await FhirHttp.ReadAsync<CapabilityStatement>(await _client.GetAsync("/fhir/metadata"));
        var resources = statement.Rest[0].Resource;
        Assert.Contains("Group:member", resources.Single(r => r.Type == "Group").SearchInclude);
        Assert.Contains("Group:member", resources.Single(r => r.Type == "Patient").SearchRevInclude);
    }

    private static IEnumerable<Bundle.EntryComponent> Included(Bundle bundle) =>
        bundle.Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Include);

    private async Task<Bundle> SearchAsync(string query)
    {
        using var response = await _client.GetAsync($"/fhir/{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FhirHttp.ReadAsync<Bundle>(response);
    }

    // A family with at least two live members.
    private Task<string> SomeFamilyAsync() => _db.TextAsync(
        $"SELECT lower(f.\"FamilyUUID\") {SearchDatabase.LiveFamilies} AND (SELECT count(*) FROM \"tblInsuree\" i "
        + "WHERE i.\"FamilyID\" = f.\"FamilyID\" AND i.\"ValidityTo\" IS NULL) > 1 ORDER BY f.\"FamilyID\" LIMIT 1");

    private async Task<List<string>> MembersAsync(string family)
    {
        var list = await _db.TextAsync(
            "SELECT string_agg(lower(i.\"InsureeUUID\"), ',' ORDER BY lower(i.\"InsureeUUID\")) FROM \"tblInsuree\" i JOIN \"tblFamilies\" f ON f.\"FamilyID\" = i.\"FamilyID\" "
            + "WHERE i.\"ValidityTo\" IS NULL AND lower(f.\"FamilyUUID\") = @p0", family);
        return [.. list.Split(',').Order(StringComparer.Ordinal)];
    }
}
