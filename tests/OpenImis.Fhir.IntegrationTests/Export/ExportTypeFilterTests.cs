using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary><c>_typeFilter</c>: a search per type through the type's own parameters, ORed when repeated, counted against SQL.</summary>
public sealed class ExportTypeFilterTests(ExportServerFixture server) : IClassFixture<ExportServerFixture>
{
    private const string Female = """SELECT count(*) FROM "tblInsuree" WHERE "ValidityTo" IS NULL AND "Gender" = 'F'""";
    private const string Male = """SELECT count(*) FROM "tblInsuree" WHERE "ValidityTo" IS NULL AND "Gender" = 'M'""";
    private const string Families = """SELECT count(*) FROM "tblFamilies" WHERE "ValidityTo" IS NULL""";

    private static readonly string[] Union = ["Patient?gender=female", "Patient?gender=male", "Patient?gender=female,male"];

    private readonly HttpClient _http = server.CreateClient();

    private BulkClient Client => new(_http);

    [Fact]
    public async System.Threading.Tasks.Task SystemExport_ExportsOnlyTheMatches_WhenTypeFilterIsGiven()
    {
        var manifest = await Client.ExportAsync("$export?_type=Patient,Group&_typeFilter=" + Uri.EscapeDataString("Patient?gender=female"));
        var resources = await Client.DownloadAsync(manifest);
        var patients = resources.OfType<Patient>().ToList();

        var expected = await Sql.CountAsync(server.ConnectionString, Female);
        Assert.True(expected > 0, "the demo data has female insurees");
        Assert.Equal(expected, patients.Count);
        Assert.All(patients, p => Assert.Equal(AdministrativeGender.Female, p.Gender));
        Assert.Equal(patients.Count, manifest.Files("output").Where(f => f.Type == "Patient").Sum(f => f.Count));

        // A type without a filter is exported whole.
        Assert.Equal(await Sql.CountAsync(server.ConnectionString, Families), resources.OfType<Group>().Count());
        Assert.Empty(manifest.Files("error"));
    }

    [Fact]
    public async System.Threading.Tasks.Task SystemExport_ExportsTheUnionOnce_WhenTypeFilterIsRepeated()
    {
        var filters = string.Join('&', Union.Select(q => "_typeFilter=" + Uri.EscapeDataString(q)));
        var manifest = await Client.ExportAsync("$export?_type=Patient&" + filters);
        var patients = (await Client.DownloadAsync(manifest)).OfType<Patient>().ToList();

        var expected = await Sql.CountAsync(server.ConnectionString, Female) + await Sql.CountAsync(server.ConnectionString, Male);
        Assert.Equal(expected, patients.Count);
        Assert.Equal(patients.Count, patients.Select(p => p.Id).Distinct().Count());
    }

    [Fact]
    public async System.Threading.Tasks.Task PostExport_AppliesTypeFilter_WhenGivenInParameters()
    {
        var body = new Parameters();
        body.Add("_type", new FhirString("Patient"));
        body.Add("_typeFilter", new FhirString("Patient?gender=male"));
        var patients = (await Client.DownloadAsync(await Client.ExportAsync("$export", body))).OfType<Patient>().ToList();
        Assert.Equal(await Sql.CountAsync(server.ConnectionString, Male), patients.Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task GroupExport_FiltersTheMembers_WhenTypeFilterIsGiven()
    {
        const string Mixed = """
            SELECT lower(f."FamilyUUID") FROM "tblFamilies" f JOIN "tblInsuree" i ON i."FamilyID" = f."FamilyID" AND i."ValidityTo" IS NULL
            WHERE f."ValidityTo" IS NULL GROUP BY f."FamilyUUID", f."FamilyID"
            HAVING count(*) FILTER (WHERE i."Gender" = 'F') > 0 AND count(*) FILTER (WHERE i."Gender" <> 'F') > 0 ORDER BY f."FamilyID" LIMIT 1
            """;
        var family = (await Sql.StringsAsync(server.ConnectionString, Mixed))[0];
        var manifest = await Client.ExportAsync($"Group/{family}/$export?_typeFilter=" + Uri.EscapeDataString("Patient?gender=female"));
        var resources = await Client.DownloadAsync(manifest);

        var expected = await Sql.StringsAsync(server.ConnectionString, $"""
            SELECT lower(i."InsureeUUID") FROM "tblInsuree" i JOIN "tblFamilies" f ON f."FamilyID" = i."FamilyID"
            WHERE lower(f."FamilyUUID") = '{family}' AND i."ValidityTo" IS NULL AND i."Gender" = 'F'
            """);
        Assert.Equal(expected.Order(StringComparer.Ordinal), resources.OfType<Patient>().Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Single(resources.OfType<Group>());
    }

    [Theory]
    [InlineData("Patient?bogus=1")]
    [InlineData("Patient?gender=female&_sort=birthdate")]
    [InlineData("Patient?birthdate=yesterday")]
    [InlineData("Claim?status=active")]
    public async System.Threading.Tasks.Task KickOff_Answers400NamingTypeFilter_WhenItCannotBeApplied_EX03(string query)
    {
        using var response = await Client.SendKickOffAsync("$export?_type=Patient&_typeFilter=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var outcome = await FhirHttp.OutcomeAsync(response);
        Assert.Contains("_typeFilter", outcome.Issue[0].Diagnostics ?? outcome.Issue[0].Details?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async System.Threading.Tasks.Task KickOff_SkipsTheUnknownParameterAndReportsIt_WhenLenient_EX03()
    {
        var status = await Client.KickOffAsync(
            "$export?_type=Patient&_typeFilter=" + Uri.EscapeDataString("Patient?gender=female&bogus=1"), prefer: "respond-async, handling=lenient");
        var manifest = await Client.WaitAsync(status);

        var errors = await Client.DownloadAsync(manifest, "error");
        var error = Assert.IsType<OperationOutcome>(Assert.Single(errors));
        Assert.Contains("bogus", error.Issue[0].Diagnostics, StringComparison.Ordinal);
        var patients = (await Client.DownloadAsync(manifest)).OfType<Patient>().ToList();
        Assert.Equal(await Sql.CountAsync(server.ConnectionString, Female), patients.Count);
    }
}
