using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.IntegrationTests.People;

public sealed class EnrolmentOfficerPractitionerContractTests(DemoServerFixture server)
    : ReadOnlyResourceContract<Practitioner>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    // A demo enrolment officer; openIMIS lets only its own officer screens write them.
    protected override Task<string> ExistingIdAsync(FhirClient client) => System.Threading.Tasks.Task.FromResult(PeopleTests.OfficerUuid);

    protected override string? SourceProfile => OpenImisIg.EnrolmentOfficerPractitionerProfile;
}
