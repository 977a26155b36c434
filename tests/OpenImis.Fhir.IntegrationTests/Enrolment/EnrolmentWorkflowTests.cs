using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using static OpenImis.Fhir.IntegrationTests.Enrolment.EnrolmentRequests;

namespace OpenImis.Fhir.IntegrationTests.Enrolment;

/// <summary>Enrolment end to end through the Firely client: Contract → Coverage → contributions → Active.</summary>
public sealed class EnrolmentWorkflowTests(EnrolmentFixture fixture) : IClassFixture<EnrolmentFixture>
{
    private static readonly DateOnly Today = EnrolmentFixture.Today;
    private readonly FhirClient _client = new ContractServer(fixture.Factory).Client();

    [Fact]
    public async System.Threading.Tasks.Task Create_ComputesDatesValueAndMembers_WhenFamilyEnrols()
    {
        var (family, members) = await fixture.NewFamilyAsync();

        var contract = await _client.CreateAsync(NewContract(family, members[0], fixture.ProductUuid, Today));

        var asset = contract!.Term[0].Asset[0];
        Assert.Equal(Hl7.Fhir.Model.Contract.ContractResourceStatusCodes.Offered, contract.Status);
        Assert.Equal(EnrolmentFixture.LumpSum + EnrolmentFixture.PremiumChild, asset.ValuedItem[0].Net.Value); // 2 adults + 2 children, threshold 3
        Assert.Equal(Text(Today), asset.Period[0].Start);
        Assert.Equal(Text(Today.AddMonths(12).AddDays(-1)), asset.Period[0].End);
        Assert.Equal(members.Select(m => $"Patient/{m}").Order(), asset.TypeReference.Select(r => r.Reference).Order());
        var row = await fixture.PolicyAsync(contract.Id);
        Assert.Equal(("N", (short?)1, 4), (row.Stage, row.Status, row.Members.Count));
    }

    [Fact]
    public async System.Threading.Tasks.Task Coverage_IsDraft_WhenContractIsUnpaid()
    {
        var (family, members) = await fixture.NewFamilyAsync();
        var contract = await _client.CreateAsync(NewContract(family, members[0], fixture.ProductUuid, Today));

        var coverage = await _client.ReadAsync<Coverage>($"Coverage/{contract!.Id}");

        Assert.Equal(FinancialResourceStatusCodes.Draft, coverage!.Status);
        Assert.Equal(fixture.ProductCode, coverage.Class[0].Value);
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_ActivatesPolicy_WhenContributionsReachTheValue()
    {
        var (family, members) = await fixture.NewFamilyAsync();
        var contract = await _client.CreateAsync(NewContract(family, members[0], fixture.ProductUuid, Today, Premium(100, Receipt(), Today)));
        Assert.Equal(Hl7.Fhir.Model.Contract.ContractResourceStatusCodes.Offered, contract!.Status);

        contract.Term[0].Asset[0].Extension.Add(Premium(220, Receipt(), Today));
        var paid = await _client.UpdateAsync(contract);

        Assert.Equal(Hl7.Fhir.Model.Contract.ContractResourceStatusCodes.Executed, paid!.Status);
        Assert.Equal(Text(Today), paid.Term[0].Asset[0].UsePeriod[0].Start);
        var coverage = await _client.ReadAsync<Coverage>($"Coverage/{contract.Id}");
        Assert.Equal(FinancialResourceStatusCodes.Active, coverage!.Status);
        var row = await fixture.PolicyAsync(contract.Id);
        Assert.All(row.Members.Where(m => m.ValidityTo == null), m => Assert.Equal(Today, m.EffectiveDate));
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_KeepsPolicyIdle_WhenUnderpaid()
    {
        var (family, members) = await fixture.NewFamilyAsync();
        var contract = await _client.CreateAsync(NewContract(family, members[0], fixture.ProductUuid, Today));

        contract!.Term[0].Asset[0].Extension.Add(Premium(319.99m, Receipt(), Today));
        var updated = await _client.UpdateAsync(contract);

        Assert.Equal(Hl7.Fhir.Model.Contract.ContractResourceStatusCodes.Offered, updated!.Status);
        Assert.Single(updated.Term[0].Asset[0].Extension);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_IgnoresPhotoFee_WhenItWouldCoverTheValue()
    {
        var (family, members) = await fixture.NewFamilyAsync();

        var contract = await _client.CreateAsync(NewContract(family, members[0], fixture.ProductUuid, Today, Premium(1000, Receipt(), Today, "P")));

        Assert.Equal(Hl7.Fhir.Model.Contract.ContractResourceStatusCodes.Offered, contract!.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_AnswersConflict_WhenFamilyAlreadyHasAnOverlappingPolicy()
    {
        var (family, members) = await fixture.NewFamilyAsync();
        await _client.CreateAsync(NewContract(family, members[0], fixture.ProductUuid, Today));

        var error = await Assert.ThrowsAsync<FhirOperationException>(() => _client.CreateAsync(NewContract(family, members[0], fixture.ProductUuid, Today)));

        Assert.Equal(HttpStatusCode.Conflict, error.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_MakesOnePolicy_WhenTwoEnrolmentsOfAFamilyRace()
    {
        var (family, members) = await fixture.NewFamilyAsync();
        using var http = fixture.CreateClient();

        var responses = await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            http.PostAsync("/fhir/Contract", FhirHttp.Body(NewContract(family, members[0], fixture.ProductUuid, Today)))));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_RefusesDuplicateReceipt_WhenProductAlreadyHasIt()
    {
        var receipt = Receipt();
        var (first, firstMembers) = await fixture.NewFamilyAsync();
        var (second, secondMembers) = await fixture.NewFamilyAsync();
        await _client.CreateAsync(NewContract(first, firstMembers[0], fixture.ProductUuid, Today, Premium(10, receipt, Today)));

        var error = await Assert.ThrowsAsync<FhirOperationException>(() =>
            _client.CreateAsync(NewContract(second, secondMembers[0], fixture.ProductUuid, Today, Premium(10, receipt, Today))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, error.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_RenewsWithStageR_WhenFamilyHadAnActivePolicy()
    {
        var (family, members) = await fixture.NewFamilyAsync();
        var enrolled = Today.AddMonths(-12).AddDays(10);
        var first = await _client.CreateAsync(NewContract(family, members[0], fixture.ProductUuid, Today, Premium(320, Receipt(), Today)));
        var previous = await fixture.PolicyAsync(first!.Id);

        // Backdate the first policy so that it ends in ten days, as a real one about to be renewed.
        await fixture.WithDbAsync(async db =>
        {
            var row = await db.Set<Modules.Policy.Data.PolicyRow>().FindAsync(previous.Id);
            (row!.EnrollDate, row.StartDate, row.ExpiryDate) = (enrolled, enrolled, enrolled.AddMonths(12).AddDays(-1));
            return await db.SaveChangesAsync();
        });

        var renewal = await _client.CreateAsync(NewContract(family, members[0], fixture.ProductUuid, Today));

        var row = await fixture.PolicyAsync(renewal!.Id);
        Assert.Equal("R", row.Stage);
        Assert.Equal(enrolled.AddMonths(12), row.StartDate);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsPolicyByBeneficiaryAndPatient_WhenEnrolled()
    {
        var (family, members) = await fixture.NewFamilyAsync();
        var contract = await _client.CreateAsync(NewContract(family, members[0], fixture.ProductUuid, Today));

        var coverages = await _client.SearchAsync<Coverage>([$"beneficiary=Patient/{members[0]}"]);
        var byFamily = await _client.SearchAsync<Coverage>([$"policy-holder=Group/{family}"]);
        var contracts = await _client.SearchAsync<Hl7.Fhir.Model.Contract>([$"patient=Patient/{members[3]}"]);

        Assert.Equal(contract!.Id, Assert.Single(coverages!.Entry).Resource!.Id);
        Assert.Equal(contract.Id, Assert.Single(byFamily!.Entry).Resource!.Id);
        Assert.Equal(contract.Id, Assert.Single(contracts!.Entry).Resource!.Id);
    }

    [Fact]
    public async System.Threading.Tasks.Task Emitted_ValidatesWithZeroErrors_WhenIdleAndWhenActive()
    {
        var (family, members) = await fixture.NewFamilyAsync();
        var idle = await _client.CreateAsync(NewContract(family, members[0], fixture.ProductUuid, Today));
        var idleCoverage = await _client.ReadAsync<Coverage>($"Coverage/{idle!.Id}");
        idle.Term[0].Asset[0].Extension.Add(Premium(320, Receipt(), Today));
        var active = await _client.UpdateAsync(idle);
        var activeCoverage = await _client.ReadAsync<Coverage>($"Coverage/{idle.Id}");

        Resource[] emitted = [idle, idleCoverage!, active!, activeCoverage!];
        var errors = emitted.SelectMany(r => SharedConformance.Validator.Validate(r, r.Meta.Profile.Single()).Issue
                .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
                .Select(i => $"{r.TypeName}: {i.Details?.Text} @ {string.Join(",", i.Expression ?? [])}"))
            .ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }
}
