using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.IntegrationTests.People;

public sealed class InsurerOrganizationContractTests(DemoServerFixture server)
    : ReadOnlyResourceContract<Organization>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    // The insurer comes from configuration, not from a table.
    protected override Task<string> ExistingIdAsync(FhirClient client) => System.Threading.Tasks.Task.FromResult(PeopleTests.InsurerId);

    protected override string? SourceProfile => OpenImisIg.InsuranceOrganizationProfile;
}
