using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Contract;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.IntegrationTests.People;

public sealed class ClaimAdministratorPractitionerContractTests(DemoServerFixture server)
    : VersionedResourceContract<Practitioner>(new ContractServer(server.Factory)), IClassFixture<DemoServerFixture>
{
    // Claim administrator codes are at most 8 characters and unique among live rows.
    protected override Task<Practitioner> NewAsync(FhirClient client) => System.Threading.Tasks.Task.FromResult(
        PeopleTests.ClaimAdministrator("K" + Random.Shared.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture)));

    // Practitioner has two sources (claim administrators, enrolment officers): the CapabilityStatement lists them.
    protected override string? SourceProfile => OpenImisIg.ClaimAdministratorPractitionerProfile;

    protected override void Change(Practitioner resource) => resource.Name[0].Given = [$"Given{Random.Shared.Next(1_000_000)}"];
}
