using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>What an export holds: counts against SQL, snapshot bound, files, validity, families (EX-05, 06, 15, 16, 18, 19, 20).</summary>
public sealed class ExportContentTests(ExportServerFixture server) : IClassFixture<ExportServerFixture>
{
    private static readonly (string Type, string Sql)[] Counted =
    [
        ("Patient", """SELECT count(*) FROM "tblInsuree" WHERE "ValidityTo" IS NULL"""),
        ("Group", """SELECT count(*) FROM "tblFamilies" WHERE "ValidityTo" IS NULL"""),
        ("InsurancePlan", """SELECT count(*) FROM "tblProduct" WHERE "ValidityTo" IS NULL"""),
        ("Medication", """SELECT count(*) FROM "tblItems" WHERE "ValidityTo" IS NULL"""),
        ("ActivityDefinition", """SELECT count(*) FROM "tblServices" WHERE "ValidityTo" IS NULL"""),
        ("Location", """SELECT (SELECT count(*) FROM "tblLocations" WHERE "ValidityTo" IS NULL) + (SELECT count(*) FROM "tblHF" WHERE "ValidityTo" IS NULL)"""),
    ];

    private readonly HttpClient _http = server.CreateClient();

    private BulkClient Client => new(_http);

    [Fact]
    public async System.Threading.Tasks.Task SystemExport_CountsEqualTheDatabase_EX05()
    {
        var manifest = await Client.ExportAsync("$export");
        var resources = await Client.DownloadAsync(manifest);
        foreach (var (type, sql) in Counted)
        {
            var expected = await Sql.CountAsync(server.ConnectionString, sql);
            var lines = resources.Where(r => r.TypeName == type).ToList();
            Assert.True(expected == lines.Count, $"{type}: {lines.Count} exported, {expected} live rows");
            Assert.Equal(lines.Count, manifest.Files("output").Where(f => f.Type == type).Sum(f => f.Count));
            Assert.Equal(lines.Count, lines.Select(r => r.Id).Distinct().Count());
        }

        // Several chunks per type: the demo's 88 insurees are cut into files of about 25.
        Assert.True(manifest.Files("output").Count(f => f.Type == "Patient") > 1);
        Assert.Empty(manifest.Files("error"));
    }

    [Fact]
    public async System.Threading.Tasks.Task SystemExport_HasNothingLaterThanTransactionTime_EX06()
    {
        var manifest = await Client.ExportAsync("$export");
        var resources = await Client.DownloadAsync(manifest);
        Assert.All(resources, r => Assert.True(r.Meta.LastUpdated <= manifest.TransactionTime, $"{r.TypeName}/{r.Id} {r.Meta.LastUpdated} > {manifest.TransactionTime}"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Files_AreNdjsonOfOneTypeWithVersions_AndGzipWhenAsked_EX15()
    {
        var manifest = await Client.ExportAsync("$export?_type=Patient");
        var plain = await Client.DownloadAsync(manifest);
        var zipped = await Client.DownloadAsync(manifest, gzip: true);
        Assert.Equal(plain.Select(r => r.Id), zipped.Select(r => r.Id));
        Assert.All(plain, r => Assert.True(r.Meta.LastUpdated is not null && r.Meta.VersionId is not null));

        using var request = new HttpRequestMessage(HttpMethod.Get, manifest.Files("output")[0].Url);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        using var response = await _http.SendAsync(request);
        Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async System.Threading.Tasks.Task SystemExport_EveryResourceValidatesAgainstItsProfile_EX16()
    {
        var resources = await Client.DownloadAsync(await Client.ExportAsync("$export"));
        var errors = resources
            .SelectMany(r => SharedConformance.Validator.Validate(r, r.Meta.Profile.Single()).Issue
                .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
                .Select(i => $"{r.TypeName}/{r.Id}: {i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}"))
            .ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }

    [Fact]
    public async System.Threading.Tasks.Task GroupExport_HoldsTheFamilyItsMembersAndTheirCompartmentOnly_EX18()
    {
        var family = await FamilyWithClaimAsync();
        var resources = await Client.DownloadAsync(await Client.ExportAsync($"Group/{family}/$export"));
        var members = await MembersAsync(family);
        Assert.Equal([family], resources.OfType<Group>().Select(g => g.Id));
        Assert.Equal(Sorted(members), Sorted(resources.OfType<Patient>().Select(p => p.Id)));

        var claims = await Sql.StringsAsync(server.ConnectionString, $"""
            SELECT lower(c."ClaimUUID") FROM "tblClaim" c JOIN "tblInsuree" i ON i."InsureeID" = c."InsureeID" JOIN "tblFamilies" f ON f."FamilyID" = i."FamilyID"
            WHERE lower(f."FamilyUUID") = '{family}' AND c."ValidityTo" IS NULL
            """);
        Assert.NotEmpty(claims);
        Assert.Equal(Sorted(claims), Sorted(resources.OfType<Claim>().Select(c => c.Id)));
        var policies = await Sql.StringsAsync(server.ConnectionString, $"""
            SELECT lower(p."PolicyUUID") FROM "tblPolicy" p JOIN "tblFamilies" f ON f."FamilyID" = p."FamilyID"
            WHERE lower(f."FamilyUUID") = '{family}' AND p."ValidityTo" IS NULL
            """);
        Assert.Equal(Sorted(policies), Sorted(resources.OfType<Coverage>().Select(c => c.Id)));

        // Nothing of anyone else, and every resource once.
        var patients = members.Select(m => (string?)("Patient/" + m)).ToHashSet(StringComparer.Ordinal);
        Assert.All(resources.OfType<Claim>(), c => Assert.Contains(c.Patient.Reference, patients));
        Assert.All(resources.OfType<ClaimResponse>(), c => Assert.Contains(c.Patient.Reference, patients));
        Assert.Equal(resources.Count, resources.Select(r => r.TypeName + "/" + r.Id).Distinct().Count());
    }

    [Fact]
    public async System.Threading.Tasks.Task GroupExport_HoldsAChangedClaim_WhenItsPatientDidNotChangeSince_EX20()
    {
        var family = await FamilyWithClaimAsync();
        var claim = (await Sql.StringsAsync(server.ConnectionString, $"""
            SELECT lower(c."ClaimUUID") FROM "tblClaim" c JOIN "tblInsuree" i ON i."InsureeID" = c."InsureeID" JOIN "tblFamilies" f ON f."FamilyID" = i."FamilyID"
            WHERE lower(f."FamilyUUID") = '{family}' AND c."ValidityTo" IS NULL ORDER BY c."ClaimID" LIMIT 1
            """))[0];
        var since = (await Client.ExportAsync($"Group/{family}/$export?_type=Group")).TransactionTime;
        await System.Threading.Tasks.Task.Delay(20);
        await Sql.ExecuteAsync(server.ConnectionString, $"""UPDATE "tblClaim" SET "ValidityFrom" = now() WHERE lower("ClaimUUID") = '{claim}'""");

        var since2 = Uri.EscapeDataString(since.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture));
        var resources = await Client.DownloadAsync(await Client.ExportAsync($"Group/{family}/$export?_since={since2}"));
        Assert.Contains(claim, resources.OfType<Claim>().Select(c => c.Id));
        Assert.All(resources, r => Assert.True(r.Meta.LastUpdated > since, $"{r.TypeName}/{r.Id} {r.Meta.LastUpdated} is not after _since {since}"));
    }

    [Fact]
    public async System.Threading.Tasks.Task PatientExport_HoldsTheAskedPatientsCompartment_WhenPatientIsGiven()
    {
        var family = await FamilyWithClaimAsync();
        var patient = (await Sql.StringsAsync(server.ConnectionString, $"""
            SELECT lower(i."InsureeUUID") FROM "tblClaim" c JOIN "tblInsuree" i ON i."InsureeID" = c."InsureeID" JOIN "tblFamilies" f ON f."FamilyID" = i."FamilyID"
            WHERE lower(f."FamilyUUID") = '{family}' AND c."ValidityTo" IS NULL ORDER BY c."ClaimID" LIMIT 1
            """))[0];
        var body = new Parameters();
        body.Add("patient", new ResourceReference("Patient/" + patient));

        var resources = await Client.DownloadAsync(await Client.ExportAsync("Patient/$export?_type=Patient,Group,Claim", body));
        Assert.Equal([patient], resources.OfType<Patient>().Select(p => p.Id));
        Assert.Equal([family], resources.OfType<Group>().Select(g => g.Id));
        Assert.NotEmpty(resources.OfType<Claim>());
        Assert.All(resources.OfType<Claim>(), c => Assert.Equal("Patient/" + patient, c.Patient.Reference));
    }

    [Fact]
    public async System.Threading.Tasks.Task GroupExport_HoldsTheAskedPatientsOnly_WhenPatientIsGiven_EX19()
    {
        var family = await FamilyWithMembersAsync(3);
        var asked = (await MembersAsync(family)).Take(2).ToList();
        var body = new Parameters();
        foreach (var id in asked)
        {
            body.Add("patient", new ResourceReference("Patient/" + id));
        }

        var resources = await Client.DownloadAsync(await Client.ExportAsync($"Group/{family}/$export", body));
        Assert.Equal(asked.Order(StringComparer.Ordinal), resources.OfType<Patient>().Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task GroupExport_Answers400_WhenPatientIsNotAMember_EX19()
    {
        var family = await FamilyWithMembersAsync(1);
        var strangerId = (await Sql.StringsAsync(server.ConnectionString,
            $"""SELECT lower(i."InsureeUUID") FROM "tblInsuree" i JOIN "tblFamilies" f ON f."FamilyID" = i."FamilyID" WHERE lower(f."FamilyUUID") <> '{family}' AND i."ValidityTo" IS NULL LIMIT 1"""))[0];
        var body = new Parameters();
        body.Add("patient", new ResourceReference("Patient/" + strangerId));
        using var response = await Client.SendKickOffAsync($"Group/{family}/$export", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    private static List<string?> Sorted(IEnumerable<string?> ids) => ids.Order(StringComparer.Ordinal).ToList();

    // A family one of whose members has a live claim, and which has a policy.
    private async Task<string> FamilyWithClaimAsync() =>
        (await Sql.StringsAsync(server.ConnectionString, """
            SELECT lower(f."FamilyUUID") FROM "tblFamilies" f
            WHERE f."ValidityTo" IS NULL
              AND EXISTS (SELECT 1 FROM "tblClaim" c JOIN "tblInsuree" i ON i."InsureeID" = c."InsureeID" WHERE i."FamilyID" = f."FamilyID" AND c."ValidityTo" IS NULL)
              AND EXISTS (SELECT 1 FROM "tblPolicy" p WHERE p."FamilyID" = f."FamilyID" AND p."ValidityTo" IS NULL)
            ORDER BY f."FamilyID" LIMIT 1
            """))[0];

    private async Task<string> FamilyWithMembersAsync(int members) =>
        (await Sql.StringsAsync(server.ConnectionString, $"""
            SELECT lower(f."FamilyUUID") FROM "tblFamilies" f
            WHERE f."ValidityTo" IS NULL
              AND (SELECT count(*) FROM "tblInsuree" i WHERE i."FamilyID" = f."FamilyID" AND i."ValidityTo" IS NULL) >= {members}
            ORDER BY f."FamilyID" LIMIT 1
            """))[0];

    private async Task<List<string>> MembersAsync(string family) =>
        await Sql.StringsAsync(server.ConnectionString, $"""
            SELECT lower(i."InsureeUUID") FROM "tblInsuree" i JOIN "tblFamilies" f ON f."FamilyID" = i."FamilyID"
            WHERE lower(f."FamilyUUID") = '{family}' AND i."ValidityTo" IS NULL
            """);
}
