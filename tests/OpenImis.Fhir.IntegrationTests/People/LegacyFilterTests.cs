using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.People;

/// <summary>
/// The official openIMIS FHIR module's filters on the registries: <c>resourceType=ca|eo</c> on Practitioner and
/// PractitionerRole, and <c>code</c> for the business code on Organization, Practitioner and PractitionerRole,
/// counted against the demo database.
/// </summary>
public sealed class LegacyFilterTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    [Theory]
    [InlineData("Practitioner", "eo", "tblOfficer", "EO")]
    [InlineData("Practitioner", "ca", "tblClaimAdmin", "CA")]
    [InlineData("PractitionerRole", "EO", "tblOfficer", "EO")]
    [InlineData("PractitionerRole", "ca", "tblClaimAdmin", "CA")]
    public async System.Threading.Tasks.Task Search_GivesEveryLivePersonOfTheType_WhenResourceTypeIsGiven(
        string type, string filter, string table, string code)
    {
        var live = await TestPostgres.CountAsync(server.ConnectionString, $"SELECT count(*) FROM \"{table}\" WHERE \"ValidityTo\" IS NULL");

        var bundle = await SearchAsync($"{type}?resourceType={filter}&_count=500");

        Assert.True(live > 0, $"The demo data has no live row in {table}.");
        Assert.Equal((int)live, bundle.Total);
        Assert.Equal((int)live, bundle.Entry.Count);
        Assert.All(bundle.Entry, e => Assert.Equal(code, PersonType(e.Resource)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_GivesNothing_WhenResourceTypeIsUnknown()
    {
        var bundle = await SearchAsync("Practitioner?resourceType=xx");

        Assert.Equal(0, bundle.Total);
    }

    [Theory]
    [InlineData("Organization", "SELECT \"HFCode\" FROM \"tblHF\" WHERE \"ValidityTo\" IS NULL ORDER BY \"HfID\" LIMIT 1")]
    [InlineData("Practitioner", "SELECT \"Code\" FROM \"tblOfficer\" WHERE \"ValidityTo\" IS NULL ORDER BY \"OfficerID\" LIMIT 1")]
    [InlineData("PractitionerRole", "SELECT \"ClaimAdminCode\" FROM \"tblClaimAdmin\" WHERE \"ValidityTo\" IS NULL ORDER BY \"ClaimAdminId\" LIMIT 1")]
    public async System.Threading.Tasks.Task Search_FindsWhatIdentifierFinds_WhenCodeIsGiven(string type, string sql)
    {
        var value = await ScalarAsync(sql);

        var byCode = await SearchAsync($"{type}?code={Uri.EscapeDataString(value)}");
        var byIdentifier = await SearchAsync($"{type}?identifier={Uri.EscapeDataString(value)}");

        Assert.Equal(1, byIdentifier.Total);
        Assert.Equal(byIdentifier.Entry.Select(e => e.Resource.Id), byCode.Entry.Select(e => e.Resource.Id));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_ExcludesTheCode_WhenCodeCarriesNot()
    {
        var value = await ScalarAsync("SELECT \"HFCode\" FROM \"tblHF\" WHERE \"ValidityTo\" IS NULL ORDER BY \"HfID\" LIMIT 1");
        var all = await SearchAsync("Organization?type=prov&_summary=count");

        var others = await SearchAsync($"Organization?type=prov&code:not={Uri.EscapeDataString(value)}&_summary=count");

        Assert.Equal(all.Total - 1, others.Total);
    }

    private static string? PersonType(Resource resource) => resource switch
    {
        Practitioner p => p.Qualification.Single().Code.Coding.Single().Code,
        PractitionerRole r => r.Code.Single().Coding.Single().Code,
        _ => null,
    };

    private async Task<string> ScalarAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private Task<Bundle> SearchAsync(string query) => FhirHttp.GetOkAsync<Bundle>(_client, query);
}
