using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>
/// EX-25: the checks of the Inferno Bulk Data v2.0.0 server suite (groups 2.2 Group, 2.3 Patient, 2.4 System),
/// replayed for each level against the demo database with the default limits (one export per client at a time, so
/// the back-to-back kick-offs also show that a DELETE frees the slot). Auth is off here: Inferno's no-token checks
/// (2.x.1.02, 2.x.2.02) become the documented behaviour of Auth:Mode none (kick-off accepted, requiresAccessToken
/// false, files served without a token); the same checks with auth on are EX-17's.
/// </summary>
public sealed class ExportInfernoTests(ExportInfernoTests.Fixture server) : IClassFixture<ExportInfernoTests.Fixture>
{
    private const string Ig = "http://hl7.org/fhir/uv/bulkdata/";
    private static readonly FhirJsonDeserializer Parser = new();

    private readonly HttpClient _http = server.CreateClient();

    public static TheoryData<string> Levels => ["Group", "Patient", "System"];

    [Fact]
    public async System.Threading.Tasks.Task OperationSupport_DeclaresBulkDataAndTheThreeExports_2x1_01()
    {
        var statement = await FhirHttp.GetOkAsync<CapabilityStatement>(_http, "metadata");
        Assert.Contains(Ig + "CapabilityStatement/bulk-data", statement.Instantiates);
        var rest = statement.Rest.Single();
        Assert.Contains(rest.Operation, o => o.Name == "export" && o.Definition == Ig + "OperationDefinition/export");
        Assert.Contains(rest.Resource.Single(r => r.Type == "Patient").Operation, o => o.Name == "export" && o.Definition == Ig + "OperationDefinition/patient-export");
        Assert.Contains(rest.Resource.Single(r => r.Type == "Group").Operation, o => o.Name == "export" && o.Definition == Ig + "OperationDefinition/group-export");
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public async System.Threading.Tasks.Task Export_PassesKickOffStatusOutputAndDownloadChecks_2x1_2x2(string level)
    {
        var started = DateTime.UtcNow;
        var path = await PathAsync(level);

        // 2.x.1.02 without a token: Auth:Mode none accepts it (the suite skips the check when it has no token).
        // 2.x.1.03 kick-off
        using var kickOff = new HttpRequestMessage(HttpMethod.Get, "/fhir/" + path);
        kickOff.Headers.Accept.ParseAdd("application/fhir+json");
        kickOff.Headers.Add("Prefer", "respond-async");
        using var accepted = await _http.SendAsync(kickOff);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var status = accepted.Content.Headers.ContentLocation;
        Assert.True(status is { IsAbsoluteUri: true }, "Content-Location is missing or relative");

        // 2.x.1.04 status check: Retry-After honoured, then 200 application/json with the five keys.
        var manifest = await new BulkClient(_http).WaitAsync(status!, TimeSpan.FromSeconds(180));
        foreach (var key in new[] { "transactionTime", "request", "requiresAccessToken", "output", "error" })
        {
            Assert.True(manifest.Json.TryGetProperty(key, out _), $"the manifest has no {key}");
        }

        Assert.False(manifest.Json.GetProperty("requiresAccessToken").GetBoolean());

        // 2.x.1.05 output check
        var output = manifest.Json.GetProperty("output").EnumerateArray().ToList();
        Assert.NotEmpty(output);
        Assert.All(output, f =>
        {
            Assert.False(string.IsNullOrEmpty(f.GetProperty("type").GetString()));
            Assert.True(Uri.TryCreate(f.GetProperty("url").GetString(), UriKind.Absolute, out _));
        });

        // 2.x.2.02 (no token needed: requiresAccessToken is false) and 2.x.2.03 valid resources, 2.x.2.04 two patients.
        var patients = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in output)
        {
            using var response = await _http.GetAsync(file.GetProperty("url").GetString());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.StartsWith("application/fhir+ndjson", response.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
            foreach (var line in (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                var resource = Parser.DeserializeResource(line);
                Assert.Equal(file.GetProperty("type").GetString(), resource.TypeName);
                var errors = SharedConformance.Validator.Validate(resource, $"http://hl7.org/fhir/StructureDefinition/{resource.TypeName}").Issue
                    .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
                    .Select(i => i.Details?.Text ?? i.Diagnostics)
                    .ToList();
                Assert.True(errors.Count == 0, $"{resource.TypeName}/{resource.Id}: {string.Join("; ", errors)}");
                if (resource is Patient patient)
                {
                    patients.Add(patient.Id);
                }
            }
        }

        Assert.True(patients.Count >= 2, $"{level}: {patients.Count} distinct Patient(s); Inferno wants two");
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(180), "slower than Inferno's default timeout");
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public async System.Threading.Tasks.Task Cancel_Answers202ThenStatus404WithAnOutcome_2x3(string level)
    {
        var bulk = new BulkClient(_http);
        var status = await bulk.KickOffAsync(await PathAsync(level));
        Assert.Equal(HttpStatusCode.Accepted, await bulk.CancelAsync(status));
        using var response = await bulk.PollAsync(status);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var outcome = await FhirHttp.OutcomeAsync(response);
        Assert.NotEmpty(outcome.Issue);
    }

    [Theory]
    [MemberData(nameof(Levels))]
    public async System.Threading.Tasks.Task OutputFormatAndSince_EachAccepted_ThenCancelled_2x4(string level)
    {
        var bulk = new BulkClient(_http);
        var path = await PathAsync(level);
        var weekAgo = Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(-7).ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture));
        foreach (var parameters in new[] { "_outputFormat=application%2Ffhir%2Bndjson", "_outputFormat=application%2Fndjson", "_outputFormat=ndjson", "_since=" + weekAgo })
        {
            var status = await bulk.KickOffAsync($"{path}?{parameters}");
            Assert.Equal(HttpStatusCode.Accepted, await bulk.CancelAsync(status));
        }
    }

    private async Task<string> PathAsync(string level) => level switch
    {
        "System" => "$export",
        "Patient" => "Patient/$export",
        _ => $"Group/{await FamilyAsync()}/$export",
    };

    // A family of at least two members: the suite wants two patients from a Group export too.
    private async Task<string> FamilyAsync() =>
        (await Sql.StringsAsync(server.ConnectionString, """
            SELECT lower(f."FamilyUUID") FROM "tblFamilies" f
            WHERE f."ValidityTo" IS NULL AND (SELECT count(*) FROM "tblInsuree" i WHERE i."FamilyID" = f."FamilyID" AND i."ValidityTo" IS NULL) >= 2
            ORDER BY f."FamilyID" LIMIT 1
            """))[0];

    /// <summary>The defaults of the limits (one export per client, four in all), as a deployment has them.</summary>
    public sealed class Fixture : ExportServerFixture
    {
        protected override IReadOnlyDictionary<string, string?> ExtraSettings => new Dictionary<string, string?>();
    }
}
