using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Feedback;

/// <summary>CommunicationRequest from the claims selected for feedback, and the answers as Communication, with the Firely client.</summary>
public sealed class FeedbackTests(FeedbackServerFixture server) : IClassFixture<FeedbackServerFixture>
{
    private const string Ig = "https://openimis.github.io/openimis_fhir_r4_ig";
    private const string RequestProfile = Ig + "/StructureDefinition/openimis-communication-request";
    private const string CommunicationProfile = Ig + "/StructureDefinition/openimis-communication";

    [Fact]
    public async System.Threading.Tasks.Task Read_GivesTheClaimAsARequest_WhenTheClaimIsSelectedForFeedback()
    {
        using var client = server.Client();

        var request = await client.ReadAsync<CommunicationRequest>($"CommunicationRequest/{server.SelectedClaims[0]}");

        Assert.Equal(RequestStatus.Active, request!.Status);
        Assert.Equal($"Claim/{server.SelectedClaims[0]}", request.About.Single().Reference);
        Assert.Equal($"Patient/{server.InsureeUuid}", request.Subject.Reference);
        Assert.Equal(5, request.Payload.Count);
        Assert.Empty(Errors(request, RequestProfile));
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_Returns404_WhenTheClaimWasNeverSelected()
    {
        using var client = server.Client();

        var error = await Assert.ThrowsAsync<FhirOperationException>(() => client.ReadAsync<CommunicationRequest>($"CommunicationRequest/{server.IdleClaim}"));

        Assert.Equal(HttpStatusCode.NotFound, error.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsTheRequestsByStatus_WhenPatientAndStatusAreGiven()
    {
        using var client = server.Client();

        var revoked = await client.SearchAsync<CommunicationRequest>([$"patient=Patient/{server.InsureeUuid}", "status=revoked"]);
        var all = await client.SearchAsync<CommunicationRequest>([$"patient={server.InsureeUuid}", "_count=100"]);

        Assert.Equal(server.BypassedClaim, Assert.Single(revoked!.Entry).Resource.Id);
        Assert.DoesNotContain(all!.Entry, e => e.Resource.Id == server.IdleClaim);
        Assert.Contains(all.Entry, e => e.Resource.Id == server.DeliveredClaim);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_StoresTheAnswersAndCompletesTheRequest_WhenTheFiveAnswersAreGiven()
    {
        using var client = server.Client();
        var claim = server.SelectedClaims[1];

        var created = await client.CreateAsync(Answers(claim, server.InsureeUuid));
        var request = await client.ReadAsync<CommunicationRequest>($"CommunicationRequest/{claim}");
        var found = await client.SearchAsync<Communication>([$"patient=Patient/{server.InsureeUuid}", "_count=100"]);

        Assert.Equal(["yes", "no", "yes", "yes", "4"], created!.Payload.Select(p => ((FhirString)p.Content).Value));
        Assert.Equal(RequestStatus.Completed, request!.Status);
        Assert.Contains(found!.Entry, e => e.Resource.Id == created.Id);
        Assert.Empty(Errors(created, CommunicationProfile));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Returns409_WhenTheClaimAlreadyHasFeedback()
    {
        using var client = server.Client();
        var claim = server.SelectedClaims[2];
        await client.CreateAsync(Answers(claim, server.InsureeUuid));

        var error = await Assert.ThrowsAsync<FhirOperationException>(() => client.CreateAsync(Answers(claim, server.InsureeUuid)));

        Assert.Equal(HttpStatusCode.Conflict, error.Status);
        Assert.NotNull(error.Outcome);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_StoresOneAnswer_WhenTwoAnswersForOneClaimRace()
    {
        var claim = server.SelectedClaims[3];
        var attempts = Enumerable.Range(0, 4).Select(async _ =>
        {
            using var client = server.Client();
            try
            {
                await client.CreateAsync(Answers(claim, server.InsureeUuid));
                return HttpStatusCode.Created;
            }
            catch (FhirOperationException ex)
            {
                return ex.Status;
            }
        });

        var statuses = await System.Threading.Tasks.Task.WhenAll(attempts);

        Assert.Single(statuses, s => s == HttpStatusCode.Created);
        Assert.All(statuses.Where(s => s != HttpStatusCode.Created), s => Assert.Equal(HttpStatusCode.Conflict, s));
        Assert.Equal(1, await TestPostgres.CountAsync(
            server.ConnectionString,
            $"SELECT count(*) FROM \"tblFeedback\" f JOIN \"tblClaim\" c ON c.\"ClaimID\" = f.\"ClaimID\" WHERE c.\"ClaimUUID\" = '{claim}'"));
    }

    [Theory]
    [InlineData("maybe", "3", false)]
    [InlineData("yes", "9", false)]
    [InlineData("yes", "3", true)]
    public async System.Threading.Tasks.Task Create_Returns422_WhenAnAnswerOrThePatientIsWrong(string care, string score, bool otherPatient)
    {
        using var client = server.Client();
        var body = Answers(server.SelectedClaims[4], otherPatient ? server.OtherInsureeUuid : server.InsureeUuid, care, score);

        var error = await Assert.ThrowsAsync<FhirOperationException>(() => client.CreateAsync(body));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Status);
    }

    private static Communication Answers(string claim, string patient, string care = "yes", string score = "4")
    {
        var communication = new Communication
        {
            Meta = new Meta { Profile = [CommunicationProfile] },
            Status = EventStatus.Completed,
            Subject = new ResourceReference($"Patient/{patient}"),
            About = [new ResourceReference($"Claim/{claim}")],
        };
        foreach (var (code, answer) in new[] { ("CareRendered", care), ("PaymentAsked", "no"), ("DrugPrescribed", "yes"), ("DrugReceived", "yes"), ("Asessment", score) })
        {
            communication.Payload.Add(new Communication.PayloadComponent
            {
                Extension = [new Extension(Ig + "/StructureDefinition/communication-payload-type", new CodeableConcept { Coding = [new Coding(Ig + "/CodeSystem/feedback-payload", code)] })],
                Content = new FhirString(answer),
            });
        }

        return communication;
    }

    private static List<string> Errors(Resource resource, string profile) =>
        SharedConformance.Validator.Validate(resource, profile).Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}")
            .ToList();
}
