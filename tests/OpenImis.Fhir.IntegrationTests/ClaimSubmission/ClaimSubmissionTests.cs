using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using FhirClaim = Hl7.Fhir.Model.Claim;

namespace OpenImis.Fhir.IntegrationTests.ClaimSubmission;

/// <summary>
/// POST Claim enters and submits in one transaction: what a checked claim stores, the input refusals that store
/// nothing, the claim code rule under concurrency, and the Claim read back (read, search, history, profile).
/// </summary>
public sealed class ClaimSubmissionTests(ClaimSubmissionFixture server) : IClassFixture<ClaimSubmissionFixture>
{
    private const string Profile = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/openimis-claim";
    private const string ResponseProfile = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/openimis-claim-response";

    private readonly HttpClient _client = server.CreateClient();

    private FhirClient Client => new("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, server.Factory.Server.CreateHandler());

    [Fact]
    public async System.Threading.Tasks.Task Submit_StoresACheckedClaimWithProductsApprovedAndDedRem_WhenEveryLinePasses()
    {
        var (code, _) = await SubmitAcceptedAsync();

        var stored = await TestClaims.StoredAsync(server.ConnectionString, code);

        Assert.Equal((4, 0), (stored.Status, stored.RejectionReason));
        Assert.Equal(2 * 10m + 40m, stored.Approved);
        Assert.Equal(1, stored.HistoryRows);
        Assert.Equal(1, stored.DedRemRows);
        Assert.All(stored.Lines, l => Assert.Equal((0, 1, server.Place.ProductId), (l.RejectionReason, l.Status, l.ProductId!.Value)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Submit_KeepsAcceptedLinesAndApprovesOnlyThem_WhenOneLineIsRejected()
    {
        var good = await server.MedicalAsync(false);
        var unpriced = await server.MedicalAsync(false, priced: false);
        var code = server.NextCode("MIX-");
        var claim = TestClaims.Build(server.Place, await server.CoveredInsureeAsync(), code, server.Today.AddDays(-2), null, server.Today.AddDays(-1), (good, 2), (unpriced, 5));
        using var response = await TestClaims.PostAsync(_client, claim);

        var stored = await TestClaims.StoredAsync(server.ConnectionString, code);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(4, stored.Status);
        Assert.Equal(20m, stored.Approved);
        Assert.Equal([0, 2], stored.Lines.Select(l => (int)l.RejectionReason));
    }

    [Fact]
    public async System.Threading.Tasks.Task Submit_AnswersTheClaimResponse_WhenTheFirelyClientPostsAClaim()
    {
        var item = await server.MedicalAsync(false);
        var unpriced = await server.MedicalAsync(false, priced: false);
        var code = server.NextCode("FC-");
        var claim = TestClaims.Build(server.Place, await server.CoveredInsureeAsync(), code, server.Today.AddDays(-2), null, server.Today.AddDays(-1), (item, 2), (unpriced, 1));

        // The official module answers POST Claim with the adjudication, not with the Claim: an integrator's client
        // gets a ClaimResponse back from its create.
        var answer = await Client.CreateAsync<Resource>(claim);

        var response = Assert.IsType<ClaimResponse>(answer);
        var read = await Client.ReadAsync<FhirClaim>($"Claim/{response.Id}");
        Assert.Equal(code, read!.Identifier.Single(i => i.Type.Coding[0].Code == "Code").Value);
        Assert.Equal($"Claim/{response.Id}", response.Request.Reference);
        Assert.Equal(2, response.Item.Count);
        var rejected = response.Item.Single(i => i.ItemSequence == 2);
        Assert.Contains(rejected.Adjudication, a => a.Reason?.Coding.Any(c => c.Code == "2") == true);
        Assert.Equal(2, read.Item.Count);
        foreach (var (resource, profile) in new (Resource, string)[] { (read, Profile), (response, ResponseProfile) })
        {
            var errors = SharedConformance.Validator.Validate(resource, profile).Issue
                .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
                .Select(i => $"{i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task History_GivesTheEnteredAndTheCheckedVersion_WhenAClaimWasSubmitted()
    {
        var (_, created) = await SubmitAcceptedAsync();

        var history = await Client.HistoryAsync($"Claim/{created.Id}");

        Assert.Equal(2, history!.Entry.Count);
        Assert.All(history.Entry, e => Assert.Equal(2, ((FhirClaim)e.Resource).Item.Count));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsTheClaim_ByCodePatientFacilityEntererStatusAndCreated()
    {
        var insuree = await server.CoveredInsureeAsync();
        var (code, created) = await SubmitAcceptedAsync(insuree);
        string[] queries =
        [
            $"identifier={code}",
            $"patient=Patient/{insuree.Uuid.ToLowerInvariant()}",
            $"facility=Organization/{server.Place.FacilityUuid.ToLowerInvariant()}&identifier={code}",
            $"enterer=Practitioner/{server.Place.AdminUuid.ToLowerInvariant()}&identifier={code}",
            $"status=4&identifier={code}",
            $"use=claim&created={server.Today.AddDays(-1):yyyy-MM-dd}&identifier={code}",
        ];

        foreach (var query in queries)
        {
            var bundle = await FhirHttp.GetOkAsync<Bundle>(_client, $"Claim?{query}");
            Assert.True(bundle.Entry.Count == 1 && bundle.Entry[0].Resource.Id == created.Id, query);
        }

        Assert.Empty((await FhirHttp.GetOkAsync<Bundle>(_client, $"Claim?status=1&identifier={code}")).Entry);
    }

    [Theory]
    [InlineData("patient")]
    [InlineData("provider")]
    [InlineData("item")]
    [InlineData("period")]
    public async System.Threading.Tasks.Task Submit_RefusesAndStoresNothing_WhenTheInputIsWrong(string wrong)
    {
        var item = await server.MedicalAsync(false);
        var code = server.NextCode("BAD-");
        var claim = TestClaims.Build(server.Place, await server.CoveredInsureeAsync(), code, server.Today.AddDays(-2), null, server.Today.AddDays(-1), (item, 1));
        switch (wrong)
        {
            case "patient": claim.Patient = new ResourceReference($"Patient/{Guid.NewGuid()}"); break;
            case "provider": claim.Provider = new ResourceReference($"Organization/{Guid.NewGuid()}"); break;
            case "item": claim.Item[0].Extension.Clear(); claim.Item[0].ProductOrService.Text = "NOPE9"; break;
            default: claim.BillablePeriod.End = server.Today.AddDays(-5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture); break;
        }

        using var response = await TestClaims.PostAsync(_client, claim);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotEmpty((await FhirHttp.OutcomeAsync(response)).Issue);
        Assert.Equal(0, await TestPostgres.CountAsync(server.ConnectionString, $"SELECT count(*) FROM \"tblClaim\" WHERE \"ClaimCode\" = '{code}'"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Submit_RefusesWith409_WhenTheClaimCodeIsALiveClaims()
    {
        var (code, _) = await SubmitAcceptedAsync();
        var item = await server.MedicalAsync(false);
        var again = TestClaims.Build(server.Place, await server.CoveredInsureeAsync(), code, server.Today.AddDays(-2), null, server.Today.AddDays(-1), (item, 1));

        using var response = await TestClaims.PostAsync(_client, again);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Submit_CreatesOneClaim_WhenTwoSubmissionsOfOneCodeRace()
    {
        var item = await server.MedicalAsync(false);
        var insuree = await server.CoveredInsureeAsync();
        var code = server.NextCode("RACE-");

        var statuses = await Engine.RaceClient.AllAtOnceAsync(4, async _ =>
        {
            using var response = await TestClaims.PostAsync(server.CreateClient(),
                TestClaims.Build(server.Place, insuree, code, server.Today.AddDays(-2), null, server.Today.AddDays(-1), (item, 1)));
            return response.StatusCode;
        });

        Assert.Equal(1, statuses.Count(s => s == HttpStatusCode.Created));
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
        Assert.Equal(1, await TestPostgres.CountAsync(server.ConnectionString, $"SELECT count(*) FROM \"tblClaim\" WHERE \"ClaimCode\" = '{code}' AND \"ValidityTo\" IS NULL"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_Answers405_BecauseASubmittedClaimChangesOnlyThroughReview()
    {
        var (_, created) = await SubmitAcceptedAsync();

        var claim = await FhirHttp.GetOkAsync<FhirClaim>(_client, $"Claim/{created.Id}");
        using var response = await _client.PutAsync($"/fhir/Claim/{created.Id}", FhirHttp.Body(claim));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private async Task<(string Code, ClaimResponse Created)> SubmitAcceptedAsync(TestInsuree? insuree = null)
    {
        var item = await server.MedicalAsync(false);
        var service = await server.MedicalAsync(true);
        var code = server.NextCode("OK-");
        var claim = TestClaims.Build(server.Place, insuree ?? await server.CoveredInsureeAsync(), code, server.Today.AddDays(-2), null, server.Today.AddDays(-1), (item, 2), (service, 1));
        claim.Item[1].UnitPrice.Value = 40m;
        using var response = await TestClaims.PostAsync(_client, claim);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (code, await FhirHttp.ReadAsync<ClaimResponse>(response));
    }
}
