using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.IntegrationTests.People;

public sealed class PolicyHolderOrganizationContractTests(DemoServerFixture server)
    : ReadOnlyResourceContract<Organization>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    // A demo policy holder (tblPolicyHolder, written by openIMIS's policy-holder module only).
    protected override Task<string> ExistingIdAsync(FhirClient client) => System.Threading.Tasks.Task.FromResult(PeopleTests.PolicyHolderId);

    protected override string? SourceProfile => OpenImisIg.PolicyHolderOrganizationProfile;
}
