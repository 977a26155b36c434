using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using static OpenImis.Fhir.IntegrationTests.Enrolment.EnrolmentRequests;

namespace OpenImis.Fhir.IntegrationTests.Enrolment;

/// <summary>Decision §6.12: a member who joins a covered family is covered from the day they join.</summary>
public sealed class NewMemberCoverageTests(EnrolmentFixture fixture) : IClassFixture<EnrolmentFixture>
{
    private static readonly DateOnly Today = EnrolmentFixture.Today;
    private readonly FhirClient _client = new ContractServer(fixture.Factory).Client();

    [Fact]
    public async System.Threading.Tasks.Task AddMember_CoversFromToday_WhenFamilyPolicyIsActive()
    {
        var (family, members) = await fixture.NewFamilyAsync();
        var contract = await _client.CreateAsync(NewContract(family, members[0], fixture.ProductUuid, Today.AddDays(-5), Premium(320, Receipt(), Today.AddDays(-5))));

        var child = await fixture.AddMemberAsync(family);

        var row = await fixture.PolicyAsync(contract!.Id);
        var covered = Assert.Single(row.Members, m => m.InsureeId == child);
        Assert.Equal((Today, row.StartDate, row.ExpiryDate), (covered.EffectiveDate!.Value, covered.StartDate!.Value, covered.ExpiryDate));
    }

    [Fact]
    public async System.Threading.Tasks.Task AddMember_IsNotYetEffective_WhenFamilyPolicyIsIdle()
    {
        var (family, members) = await fixture.NewFamilyAsync();
        var contract = await _client.CreateAsync(NewContract(family, members[0], fixture.ProductUuid, Today));

        var child = await fixture.AddMemberAsync(family);

        var row = await fixture.PolicyAsync(contract!.Id);
        Assert.Null(Assert.Single(row.Members, m => m.InsureeId == child).EffectiveDate);
    }
}
