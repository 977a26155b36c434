using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using FhirClaim = Hl7.Fhir.Model.Claim;

namespace OpenImis.Fhir.IntegrationTests.ClaimSubmission;

/// <summary>The claim demo data: one claim per status, each for an insuree the Policy demo covers, served conformant.</summary>
public sealed class ClaimDemoSeederTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Profile = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/openimis-claim";

    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task Seed_WritesClaimsOnlyForInsurees_WhoseActivePolicyCoversTheVisit()
    {
        var uncovered = await TestPostgres.CountAsync(server.ConnectionString, """
            SELECT count(*) FROM "tblClaim" c WHERE c."ValidityTo" IS NULL AND NOT EXISTS (
              SELECT 1 FROM "tblInsureePolicy" ip JOIN "tblPolicy" p ON p."PolicyID" = ip."PolicyId"
              WHERE ip."InsureeID" = c."InsureeID" AND ip."ValidityTo" IS NULL AND p."ValidityTo" IS NULL AND p."PolicyStatus" = 2
                AND ip."EffectiveDate" <= c."DateFrom" AND ip."ExpiryDate" >= c."DateFrom")
            """);

        Assert.Equal(0, uncovered);
        Assert.Equal(5, await TestPostgres.CountAsync(server.ConnectionString, "SELECT count(*) FROM \"tblClaim\" WHERE \"ValidityTo\" IS NULL"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Seed_WritesAClaimInEveryStatus_WhenInsureesHaveActivePolicies()
    {
        foreach (var status in new[] { 1, 2, 4, 8, 16 })
        {
            var bundle = await FhirHttp.GetOkAsync<Bundle>(_client, $"Claim?status={status}");
            Assert.True(bundle.Entry.Count == 1, $"status {status}: {bundle.Entry.Count} claims");
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_ValidatesAgainstTheProfile_ForEveryDemoClaim()
    {
        var bundle = await FhirHttp.GetOkAsync<Bundle>(_client, "Claim?_count=50");
        var errors = bundle.Entry.Select(e => (FhirClaim)e.Resource)
            .SelectMany(c => SharedConformance.Validator.Validate(c, Profile).Issue
                .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
                .Select(i => $"Claim/{c.Id}: {i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}"))
            .ToList();

        Assert.Equal(5, bundle.Entry.Count);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
