using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Eligibility.EligibilityRequests;

namespace OpenImis.Fhir.IntegrationTests.Eligibility;

/// <summary><c>POST CoverageEligibilityRequest</c> with the Firely client, over the history <see cref="EligibilityServerFixture"/> writes.</summary>
public sealed class EligibilityTests(EligibilityServerFixture server) : IClassFixture<EligibilityServerFixture>
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async System.Threading.Tasks.Task Post_CountsOnlyTheRequestedLinesAndCountedClaims_WhenInsureeHasAnActivePolicy()
    {
        var response = await AskAsync(For(server.InsureeUuid, item: EligibilityServerFixture.CoveredItem, service: EligibilityServerFixture.Consultation));

        var insurance = Assert.Single(response.Insurance);
        Assert.Equal($"Coverage/{server.PolicyUuid}", insurance.Coverage.Reference);
        var benefit = Slot(insurance, "benefit")!;
        Assert.Equal("ELP1", benefit.Name);
        Assert.Equal(1, Count(benefit, "consultations_left"));
        Assert.Equal(1, Count(benefit, "admissions_left"));
        Assert.Null(Benefit(benefit, "surgeries_left"));
        Assert.Equal(550m, ((Money)Benefit(benefit, "consultation_amount")!).Value);

        var service = Slot(insurance, "service")!;
        Assert.Equal(EligibilityServerFixture.Consultation, service.Name);
        Assert.Equal(2, Count(service, "item_left"));
        Assert.False(service.Excluded);
        var item = Slot(insurance, "item")!;
        Assert.Equal(EligibilityServerFixture.CoveredItem, item.Name);
        Assert.Equal(6, Count(item, "item_left"));
        Assert.Equal(Today.AddDays(-60).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ((FhirString)Benefit(item, "min_date_item")!).Value);
        Assert.False(item.Excluded);
    }

    [Fact]
    public async System.Threading.Tasks.Task Post_ExcludesTheLines_WhenAWaitingPeriodRunsOrTheProductDoesNotCoverThem()
    {
        var response = await AskAsync(For(server.InsureeUuid, item: EligibilityServerFixture.UncoveredItem, service: EligibilityServerFixture.Surgery));

        var insurance = Assert.Single(response.Insurance);
        var service = Slot(insurance, "service")!;
        Assert.True(service.Excluded);
        Assert.Equal(
            Today.AddDays(-60).AddMonths(12).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ((FhirString)Benefit(service, "min_date_item")!).Value);
        Assert.Null(Benefit(service, "item_left"));
        var item = Slot(insurance, "item")!;
        Assert.True(item.Excluded);
        Assert.Empty(item.Benefit);
    }

    [Fact]
    public async System.Threading.Tasks.Task Post_FindsTheInsuree_WhenThePatientIsGivenByChfId()
    {
        var response = await AskAsync(For(server.ChfId));

        Assert.Equal($"Patient/{server.InsureeUuid}", response.Patient.Reference);
        Assert.Single(response.Insurance);
    }

    [Fact]
    public async System.Threading.Tasks.Task Post_AnswersWithoutInsurance_WhenNoPolicyCoversTheInsuree()
    {
        var request = For(server.UncoveredUuid, service: EligibilityServerFixture.Consultation);

        var response = await AskAsync(request);

        Assert.Empty(response.Insurance);
        Assert.Equal(request.Identifier[0].Value, response.Identifier[0].Value);
        Assert.Equal(request.Identifier[0].Value, response.Request.Identifier.Value);
    }

    [Theory]
    [InlineData("00000000-0000-4000-8000-000000000001", null)]
    [InlineData(null, "NOSUCHCODE")]
    public async System.Threading.Tasks.Task Post_Returns422_WhenThePatientOrTheCodeIsUnknown(string? patient, string? service)
    {
        using var client = server.Client();

        var error = await Assert.ThrowsAsync<FhirOperationException>(() => client.CreateAsync<Resource>(For(patient ?? server.InsureeUuid, service: service)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Status);
        Assert.NotNull(error.Outcome);
    }

    [Fact]
    public async System.Threading.Tasks.Task Post_EmitsAResponseThatValidates_WhenAllSlotsAreFilled()
    {
        var response = await AskAsync(For(server.InsureeUuid, item: EligibilityServerFixture.CoveredItem, service: EligibilityServerFixture.Surgery));

        var errors = SharedConformance.Validator.Validate(response, ResponseProfile).Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => $"{i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}");

        Assert.True(!errors.Any(), string.Join("\n", errors));
        Assert.Contains(ResponseProfile, response.Meta.Profile);
    }

    private async Task<CoverageEligibilityResponse> AskAsync(CoverageEligibilityRequest request)
    {
        using var client = server.Client();
        return Assert.IsType<CoverageEligibilityResponse>(await client.CreateAsync<Resource>(request));
    }
}
