using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Search;

/// <summary>Chains, _has, :missing, :not, :exact, :contains and :of-type on the demo data, against SQL counts.</summary>
public sealed class ChainedSearchTests(ReferenceSearchFixture fixture) : IClassFixture<ReferenceSearchFixture>
{
    private const string IdentifierTypes = "https://openimis.github.io/openimis_fhir_r4_ig/CodeSystem/openimis-identifiers";

    private readonly HttpClient _client = fixture.CreateClient();
    private readonly SearchDatabase _db = fixture.Database;

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenChainedWithType()
    {
        var family = await SomeLastNameAsync();
        var expected = await FamiliesWithMemberNamedAsync(family);
        Assert.True(expected > 0);
        Assert.Equal(expected, await TotalAsync($"Group?member:Patient.family={family}"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenChainedWithoutType()
    {
        var family = await SomeLastNameAsync();
        Assert.Equal(await FamiliesWithMemberNamedAsync(family), await TotalAsync($"Group?member.family={family}"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesNothing_WhenChainMatchesNoTarget()
    {
        Assert.Equal(0, await TotalAsync("Group?member:Patient.family=NoSuchNameAnywhere"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenReverseChained()
    {
        var chfId = await _db.TextAsync(
            "SELECT h.\"CHFID\" FROM \"tblFamilies\" f JOIN \"tblInsuree\" h ON h.\"InsureeID\" = f.\"InsureeID\" "
            + "WHERE f.\"ValidityTo\" IS NULL AND h.\"CHFID\" IS NOT NULL ORDER BY f.\"FamilyID\" LIMIT 1");
        var expected = await _db.CountAsync(
            "SELECT count(*) FROM \"tblInsuree\" i JOIN \"tblFamilies\" f ON f.\"FamilyID\" = i.\"FamilyID\" JOIN \"tblInsuree\" h ON h.\"InsureeID\" = f.\"InsureeID\" "
            + "WHERE i.\"ValidityTo\" IS NULL AND f.\"ValidityTo\" IS NULL AND h.\"CHFID\" = @p0", chfId);
        Assert.True(expected > 1);
        Assert.Equal(expected, await TotalAsync($"Patient?_has:Group:member:identifier={chfId}"));
    }

    [Theory]
    [InlineData("false", "EXISTS")]
    [InlineData("true", "NOT EXISTS")]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenMemberMissing(string missing, string exists)
    {
        var expected = await _db.CountAsync(
            $"SELECT count(*) {SearchDatabase.LiveFamilies} AND {exists} (SELECT 1 FROM \"tblInsuree\" i WHERE i.\"FamilyID\" = f.\"FamilyID\" AND i.\"ValidityTo\" IS NULL)");
        Assert.Equal(expected, await TotalAsync($"Group?member:missing={missing}"));
    }

    [Theory]
    [InlineData("phone:missing=true", "coalesce(\"Phone\", '') = ''")]
    [InlineData("phone:missing=false", "coalesce(\"Phone\", '') <> ''")]
    [InlineData("birthdate:missing=false", "\"DOB\" IS NOT NULL")]
    [InlineData("gender:not=male", "\"Gender\" IS DISTINCT FROM 'M'")]
    [InlineData("gender:not=male,female", "\"Gender\" IS DISTINCT FROM 'M' AND \"Gender\" IS DISTINCT FROM 'F'")]
    [InlineData("email:not=nobody@example.org", "\"Email\" IS DISTINCT FROM 'nobody@example.org'")]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenModified(string query, string condition)
    {
        var expected = await _db.CountAsync($"SELECT count(*) FROM \"tblInsuree\" WHERE \"ValidityTo\" IS NULL AND {condition}");
        Assert.Equal(expected, await TotalAsync($"Patient?{query}"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenStringIsContainedOrExact()
    {
        var family = await SomeLastNameAsync();
        var part = family[1..^1];
        var contains = await _db.CountAsync(
            "SELECT count(*) FROM \"tblInsuree\" WHERE \"ValidityTo\" IS NULL AND strpos(lower(\"LastName\"), lower(@p0)) > 0", part);
        var exact = await _db.CountAsync("SELECT count(*) FROM \"tblInsuree\" WHERE \"ValidityTo\" IS NULL AND \"LastName\" = @p0", family);
        Assert.Equal(contains, await TotalAsync($"Patient?family:contains={part}"));
        Assert.Equal(exact, await TotalAsync($"Patient?family:exact={family}"));
        Assert.Equal(0, await TotalAsync($"Patient?family:exact={family.ToUpperInvariant()}"));
    }

    [Theory]
    [InlineData("identifier:of-type=" + IdentifierTypes + "|Code|{0}")]
    [InlineData("identifier=" + IdentifierTypes + "|{0}")]
    [InlineData("identifier=Code|{0}")]
    public async System.Threading.Tasks.Task Search_FindsThePatient_WhenIdentifierTyped(string query)
    {
        var chfId = await _db.TextAsync("SELECT \"CHFID\" FROM \"tblInsuree\" WHERE \"ValidityTo\" IS NULL AND \"CHFID\" IS NOT NULL ORDER BY \"InsureeID\" LIMIT 1");
        Assert.Equal(1, await TotalAsync("Patient?" + string.Format(System.Globalization.CultureInfo.InvariantCulture, query, chfId)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesNothing_WhenOfTypeHasAnotherTypeSystem()
    {
        var chfId = await _db.TextAsync("SELECT \"CHFID\" FROM \"tblInsuree\" WHERE \"ValidityTo\" IS NULL AND \"CHFID\" IS NOT NULL LIMIT 1");
        Assert.Equal(0, await TotalAsync($"Patient?identifier:of-type=http://terminology.hl7.org/CodeSystem/v2-0203|MR|{chfId}"));
    }

    [Theory]
    [InlineData("Group?member:Patient.nosuch=x")]
    [InlineData("Group?member.family:nosuch=x")]
    [InlineData("Patient?_has:Group:nosuch:identifier=x")]
    [InlineData("Patient?_has:Nothing:member:identifier=x")]
    [InlineData("Patient?family.given=x")]
    [InlineData("Patient?identifier:of-type=Code|x")]
    [InlineData("Patient?gender:missing=maybe")]
    public async System.Threading.Tasks.Task Search_Answers400_WhenStrictAndUnsupported(string query)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/fhir/{query}");
        request.Headers.Add("Prefer", "handling=strict");
        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_IgnoresChainWithWarning_WhenLenientAndChainedParameterUnknown()
    {
        var bundle = await SearchAsync("Group?member:Patient.nosuch=x");
        Assert.Equal(await _db.CountAsync($"SELECT count(*) {SearchDatabase.LiveFamilies}"), (long)bundle.Total!);
        Assert.Single(bundle.Entry, e => e.Search?.Mode == Bundle.SearchEntryMode.Outcome);
    }

    private async Task<Bundle> SearchAsync(string query)
    {
        using var response = await _client.GetAsync($"/fhir/{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FhirHttp.ReadAsync<Bundle>(response);
    }

    private async Task<long> TotalAsync(string query) =>
        (await SearchAsync(query + (query.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "_summary=count")).Total ?? -1;

    private Task<string> SomeLastNameAsync() => _db.TextAsync(
        "SELECT \"LastName\" FROM \"tblInsuree\" WHERE \"ValidityTo\" IS NULL AND \"FamilyID\" IS NOT NULL AND length(\"LastName\") > 3 ORDER BY \"InsureeID\" LIMIT 1");

    private Task<long> FamiliesWithMemberNamedAsync(string family) => _db.CountAsync(
        $"SELECT count(*) {SearchDatabase.LiveFamilies} AND EXISTS (SELECT 1 FROM \"tblInsuree\" i WHERE i.\"FamilyID\" = f.\"FamilyID\" "
        + "AND i.\"ValidityTo\" IS NULL AND lower(i.\"LastName\") LIKE lower(@p0) || '%')", family);
}
