using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Adjudication.AdjudicationClient;

namespace OpenImis.Fhir.IntegrationTests.Adjudication;

public sealed class ClaimResponseReadTests(AdjudicationFixture server) : IClassFixture<AdjudicationFixture>
{
    [Fact]
    public async System.Threading.Tasks.Task Read_GivesTheFullAdjudication_WhenTheClaimIsChecked()
    {
        var id = await server.AddCheckedClaimAsync("READ-1", await server.NewPolicyAsync());
        using var client = Client(server);

        var response = await client.ReadAsync<ClaimResponse>($"ClaimResponse/{id}");

        Assert.Equal(ClaimProcessingCodes.Partial, response!.Outcome);
        Assert.Equal($"Claim/{id}", response.Request.Reference);
        Assert.Equal($"Patient/{server.PatientId}", response.Patient.Reference);
        Assert.Equal([1, 2], response.Item.Select(i => i.ItemSequence!.Value));
        Assert.Equal(["2", "4"], response.Item[0].Adjudication.Select(a => a.Category.Coding[0].Code));
        Assert.Equal(("0", 30m, 2m), (response.Item[0].Adjudication[1].Reason.Coding[0].Code, response.Item[0].Adjudication[1].Amount.Value!.Value, response.Item[0].Adjudication[1].Value!.Value));
        Assert.Equal((110m, 110m), (Total(response, "2")!.Value, Total(response, "4")!.Value));
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_ValidatesAgainstTheProfileWithZeroErrors_WhenTheClaimIsChecked()
    {
        var id = await server.AddCheckedClaimAsync("READ-2", await server.NewPolicyAsync());
        using var client = Client(server);

        var response = await client.ReadAsync<ClaimResponse>($"ClaimResponse/{id}");

        var errors = SharedConformance.Validator.Validate(response!, response!.Meta.Profile.Single()).Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}");
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("identifier=SRCH-1")]
    [InlineData("outcome=partial&identifier=SRCH-1")]
    [InlineData("request=Claim/{id}")]
    public async System.Threading.Tasks.Task Search_FindsTheClaimsResponse_WhenItMatches(string query)
    {
        var id = server.WithDb(db => db.Set<Modules.Claim.Data.ClaimRow>().Any(c => c.Code == "SRCH-1"))
            ? server.WithDb(db => db.Set<Modules.Claim.Data.ClaimRow>().Single(c => c.Code == "SRCH-1").Uuid)
            : await server.AddCheckedClaimAsync("SRCH-1", await server.NewPolicyAsync());
        using var client = Client(server);

        var bundle = await client.SearchAsync<ClaimResponse>(SearchParams.FromUriParamList(UriParamList.FromQueryString(query.Replace("{id}", id, StringComparison.Ordinal))));

        Assert.Equal([id], bundle!.Entry.Select(e => e.Resource!.Id));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsEveryClaimOfThePatient_WhenSearchedByPatientAndOutcome()
    {
        var id = await server.AddCheckedClaimAsync("SRCH-2", await server.NewPolicyAsync());
        using var client = Client(server);
        var expected = server.WithDb(db => db.Set<Modules.Claim.Data.ClaimRow>()
            .Count(c => c.ValidityTo == null && c.InsureeId == server.Rows.Insuree && (c.Status == 4 || c.Status == 8)));

        var bundle = await client.SearchAsync<ClaimResponse>(new SearchParams()
            .Where($"patient=Patient/{server.PatientId}").Where("outcome=partial").Where($"created=le{DateTime.UtcNow:yyyy-MM-dd}").LimitTo(200));

        Assert.Contains(id, bundle!.Entry.Select(e => e.Resource!.Id));
        Assert.Equal(expected, bundle.Entry.Count);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers405_WhenAClientPostsAClaimResponse()
    {
        var id = await server.AddCheckedClaimAsync("POST-1", await server.NewPolicyAsync());
        using var client = Client(server);
        var response = await client.ReadAsync<ClaimResponse>($"ClaimResponse/{id}");
        response!.Id = null;

        var error = await Assert.ThrowsAsync<FhirOperationException>(() => client.CreateAsync(response));

        Assert.Equal(System.Net.HttpStatusCode.MethodNotAllowed, error.Status);
    }
}
