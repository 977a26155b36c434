using System.Net;
using OpenImis.Fhir.Modules.Policy.Data;

namespace OpenImis.Fhir.IntegrationTests.ClaimSubmission;

/// <summary>
/// Every rejection reason the rule engine writes, each made to happen by a crafted claim over rows the test wrote;
/// the stored line (and, for claim-level codes, the claim) carries the code.
/// </summary>
public sealed class RejectionReasonTests(ClaimSubmissionFixture server) : IClassFixture<ClaimSubmissionFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private DateOnly Visit => server.Today.AddDays(-2);

    [Fact]
    public async Task Submit_RejectsTheLineWith1_WhenTheItemWasDeleted()
    {
        var item = await server.MedicalAsync(false, item: i => i.ValidityTo = DateTime.UtcNow.AddDays(-1));
        var stored = await SubmitAsync(await server.CoveredInsureeAsync(), (item, 1));

        Assert.Equal(1, stored.Lines.Single().RejectionReason);
    }

    [Fact]
    public async Task Submit_RejectsTheLineWith2_WhenTheItemIsNotOnTheFacilityPriceList()
    {
        var item = await server.MedicalAsync(false, priced: false);
        Assert.Equal(2, (await SubmitAsync(await server.CoveredInsureeAsync(), (item, 1))).Lines.Single().RejectionReason);
    }

    [Fact]
    public async Task Submit_RejectsTheLineWith3_WhenNoProductOfTheInsureeCoversTheItem()
    {
        var item = await server.MedicalAsync(false, coveredByProduct: false);
        Assert.Equal(3, (await SubmitAsync(await server.CoveredInsureeAsync(), (item, 1))).Lines.Single().RejectionReason);
    }

    [Fact]
    public async Task Submit_RejectsTheLineWith4_WhenTheItemIsNotForThePatientCategory()
    {
        // 14 = women, adults and children: not men.
        var item = await server.MedicalAsync(false, item: i => i.PatientCategory = 14);
        Assert.Equal(4, (await SubmitAsync(await server.CoveredInsureeAsync(gender: "M"), (item, 1))).Lines.Single().RejectionReason);
    }

    [Fact]
    public async Task Submit_RejectsTheLineWith5_WhenTheItemWasGivenWithinItsFrequency()
    {
        var item = await server.MedicalAsync(false, item: i => i.Frequency = 30);
        var insuree = await server.CoveredInsureeAsync();
        var first = await SubmitAsync(insuree, (item, 1));

        var second = await SubmitAsync(insuree, Visit.AddDays(1), (item, 1));

        Assert.Equal(0, first.Lines.Single().RejectionReason);
        Assert.Equal(5, second.Lines.Single().RejectionReason);
    }

    [Fact]
    public async Task Submit_RejectsEveryLineAndTheClaimWith7_WhenTheInsureeHasNoCoverage()
    {
        var item = await server.MedicalAsync(false);
        var stored = await SubmitAsync(await server.CoveredInsureeAsync(covered: false), (item, 1));

        Assert.Equal((1, 7), (stored.Status, stored.RejectionReason));
        Assert.Equal(7, stored.Lines.Single().RejectionReason);
    }

    [Fact]
    public async Task Submit_RejectsEveryLineAndTheClaimWith9_WhenTheClaimIsDatedBeforeTheVisit()
    {
        var item = await server.MedicalAsync(false);
        var code = server.NextCode("C9-");
        var claim = TestClaims.Build(server.Place, await server.CoveredInsureeAsync(), code, Visit, Visit, Visit.AddDays(-1), (item, 1));
        using var response = await TestClaims.PostAsync(_client, claim);
        var stored = await TestClaims.StoredAsync(server.ConnectionString, code);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal((1, 9), (stored.Status, stored.RejectionReason));
        Assert.Equal(9, stored.Lines.Single().RejectionReason);
    }

    [Fact]
    public async Task Submit_RejectsTheLineWith10_WhenAnInPatientItemIsClaimedForOneDay()
    {
        var item = await server.MedicalAsync(false, item: i => i.CareType = "I");
        Assert.Equal(10, (await SubmitAsync(await server.CoveredInsureeAsync(), (item, 1))).Lines.Single().RejectionReason);
    }

    [Theory]
    [InlineData("H", 11)]
    [InlineData("V", 12)]
    [InlineData("C", 13)]
    [InlineData("S", 14)]
    [InlineData("D", 15)]
    [InlineData("A", 19)]
    public async Task Submit_RejectsTheServiceWithTheCategoryCode_WhenTheProductAllowsNoClaimOfTheCategory(string category, short code)
    {
        var product = await server.NewProductAsync(p =>
        {
            switch (category)
            {
                case "H": p.MaxNoHospitalization = 0; break;
                case "V": p.MaxNoVisits = 0; break;
                case "C": p.MaxNoConsultation = 0; break;
                case "S": p.MaxNoSurgery = 0; break;
                case "D": p.MaxNoDelivery = 0; break;
                default: p.MaxNoAntenatal = 0; break;
            }
        });
        var service = await server.MedicalAsync(true, serviceRow: s => s.Category = category is "H" or "V" ? null : category, productId: product);
        var insuree = await server.CoveredInsureeAsync(productId: product);

        // A hospitalisation is a claim over several days.
        var stored = await SubmitAsync(insuree, Visit.AddDays(-1), category == "H" ? Visit : (DateOnly?)null, (service, 1));

        Assert.Equal(category, stored.Category);
        Assert.Equal(code, stored.Lines.Single().RejectionReason);
    }

    [Fact]
    public async Task Submit_RejectsTheLineWith16_WhenTheQuantityIsOverTheProductLimit()
    {
        var item = await server.MedicalAsync(false, covered: c => c.LimitNoAdult = 2);
        Assert.Equal(16, (await SubmitAsync(await server.CoveredInsureeAsync(), (item, 3))).Lines.Single().RejectionReason);
    }

    [Fact]
    public async Task Submit_RejectsTheLineWith17_WhenTheVisitIsInTheWaitingPeriodOfANewPolicy()
    {
        var item = await server.MedicalAsync(false, covered: c => c.WaitingPeriodAdult = 3);
        var insuree = await server.CoveredInsureeAsync(stage: PolicyCodes.StageNew, memberMonthsAgo: 1);

        Assert.Equal(17, (await SubmitAsync(insuree, (item, 1))).Lines.Single().RejectionReason);
    }

    [Fact]
    public async Task Submit_RejectsTheClaimWith1_WhenEveryLineIsRejected()
    {
        var item = await server.MedicalAsync(false, priced: false);
        var stored = await SubmitAsync(await server.CoveredInsureeAsync(), (item, 1));

        Assert.Equal((1, 1), (stored.Status, stored.RejectionReason));
    }

    private Task<StoredClaim> SubmitAsync(TestInsuree insuree, params (TestMedical, decimal)[] lines) => SubmitAsync(insuree, Visit, null, lines);

    private Task<StoredClaim> SubmitAsync(TestInsuree insuree, DateOnly from, params (TestMedical, decimal)[] lines) => SubmitAsync(insuree, from, null, lines);

    private async Task<StoredClaim> SubmitAsync(TestInsuree insuree, DateOnly from, DateOnly? to, params (TestMedical, decimal)[] lines)
    {
        var code = server.NextCode("RR-");
        var claim = TestClaims.Build(server.Place, insuree, code, from, to, server.Today.AddDays(-1), lines);
        using var response = await TestClaims.PostAsync(_client, claim);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await TestClaims.StoredAsync(server.ConnectionString, code);
    }
}
