using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.People;

/// <summary>
/// Chains and _include over PractitionerRole's <c>practitioner</c>, from both sources (claim administrators,
/// enrolment officers), on the demo data, against the counts SQL gives.
/// </summary>
public sealed class PractitionerRoleReferenceTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private Task<long> CountAsync(string officers, string claimAdmins) =>
        TestPostgres.CountAsync(
            server.ConnectionString,
            $"SELECT (SELECT count(*) FROM \"tblOfficer\" WHERE \"ValidityTo\" IS NULL {officers})"
            + $" + (SELECT count(*) FROM \"tblClaimAdmin\" WHERE \"ValidityTo\" IS NULL {claimAdmins})");

    private Task<Bundle> SearchAsync(string query) => FhirHttp.GetOkAsync<Bundle>(_client, query);

    [Fact]
    public async System.Threading.Tasks.Task Search_MatchesSqlCount_WhenChainingPractitionerIdentifier()
    {
        var expected = await CountAsync("AND \"Code\" = 'EO0001'", "AND \"ClaimAdminCode\" = 'EO0001'");

        var bundle = await SearchAsync("PractitionerRole?practitioner.identifier=EO0001");

        Assert.Equal(1L, expected);
        Assert.Equal(expected, (long?)bundle.Total);
        Assert.Equal(expected, bundle.Entry.Count(e => e.Resource is PractitionerRole));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_IncludesEachRolesPractitioner_WhenIncludingPractitioner()
    {
        var expected = await CountAsync(string.Empty, string.Empty);

        var bundle = await SearchAsync("PractitionerRole?_include=PractitionerRole:practitioner&_count=200");
        var matches = bundle.Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Match).Select(e => e.Resource.Id).Order(StringComparer.Ordinal);
        var included = bundle.Entry.Where(e => e.Search?.Mode == Bundle.SearchEntryMode.Include).ToList();

        Assert.Equal(expected, included.Count);
        Assert.All(included, e => Assert.IsType<Practitioner>(e.Resource));
        Assert.Equal(matches, included.Select(e => e.Resource.Id).Order(StringComparer.Ordinal));
    }
}
