using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.IntegrationTests.People;

public sealed class EnrolmentOfficerPractitionerRoleContractTests(DemoServerFixture server)
    : ReadOnlyResourceContract<PractitionerRole>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    // A demo enrolment officer's role: same id as its Practitioner.
    protected override Task<string> ExistingIdAsync(FhirClient client) => System.Threading.Tasks.Task.FromResult(PeopleTests.OfficerUuid);

    protected override string? SourceProfile => OpenImisIg.EnrolmentOfficerRoleProfile;
}
