using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Eligibility;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Claim.Data;

namespace OpenImis.Fhir.IntegrationTests.Feedback;

/// <summary>An insuree with claims selected for feedback (several, so that each test answers its own), one delivered, one bypassed and one not selected.</summary>
public sealed class FeedbackServerFixture : ServerFixture
{
    public const int Selected = 6;

    public string InsureeUuid { get; private set; } = "";
    public string OtherInsureeUuid { get; private set; } = "";
    public List<string> SelectedClaims { get; } = [];
    public string DeliveredClaim { get; private set; } = "";
    public string BypassedClaim { get; private set; } = "";
    public string IdleClaim { get; private set; } = "";

    public FhirClient Client() =>
        new("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, Factory.Server.CreateHandler());

    protected override Task SeedAsync(HttpClient client) => EligibilityData.WithAsync(Factory.Services, async data =>
    {
        var facility = await data.FacilityAsync("FBHF01");
        var insuree = await data.InsureeAsync("FBK000001", new DateOnly(1985, 2, 2));
        var other = await data.InsureeAsync("FBK000002", new DateOnly(1986, 2, 2));
        InsureeUuid = insuree.Uuid;
        OtherInsureeUuid = other.Uuid;
        for (var i = 0; i < Selected; i++)
        {
            SelectedClaims.Add((await data.ClaimAsync(insuree, facility, ClaimCodes.StatusChecked, "C", data.Today.AddDays(-3), feedback: ClaimCodes.ReviewSelected)).Uuid);
        }

        DeliveredClaim = (await data.ClaimAsync(insuree, facility, ClaimCodes.StatusChecked, "C", data.Today.AddDays(-9), feedback: ClaimCodes.ReviewDelivered)).Uuid;
        BypassedClaim = (await data.ClaimAsync(insuree, facility, ClaimCodes.StatusProcessed, "C", data.Today.AddDays(-9), feedback: ClaimCodes.ReviewBypassed)).Uuid;
        IdleClaim = (await data.ClaimAsync(insuree, facility, ClaimCodes.StatusChecked, "C", data.Today.AddDays(-9))).Uuid;
        return 0;
    });
}
