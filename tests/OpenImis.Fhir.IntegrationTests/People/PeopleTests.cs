using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.People;

/// <summary>
/// Practitioner and PractitionerRole from two sources (claim administrators, enrolment officers) and Organization
/// from the insurer's configuration and the policy-holder table, over the demo data on PostgreSQL.
/// </summary>
public sealed class PeopleTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Base = "https://openimis.github.io/openimis_fhir_r4_ig";
    private const string QualificationSystem = Base + "/CodeSystem/practitioner-qualification-type";
    private const string IdentifierTypes = Base + "/CodeSystem/openimis-identifiers";
    internal const string OfficerUuid = "f8d4b6e5-0a7c-4b9d-8e1f-3a4b5c6d7e8f";
    internal const string InsurerId = "6a2f4c1e-8b3d-4e5f-9a0b-1c2d3e4f5a6b";
    internal const string PolicyHolderId = "4c87928a-cf9c-4f4b-aeeb-61041c84547f";

    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsOfficer_WhenIdentifierIsItsCode()
    {
        var bundle = await SearchAsync("Practitioner?identifier=EO0001");

        var practitioner = Assert.IsType<Practitioner>(Assert.Single(bundle.Entry).Resource);
        Assert.Equal(OfficerUuid, practitioner.Id);
        Assert.Equal("EO", practitioner.Qualification.Single().Code.Coding.Single().Code);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_StoresClaimAdministrator_WhenProfileIsClaimAdministrator()
    {
        var response = await _client.PostAsync("/fhir/Practitioner", FhirHttp.Body(ClaimAdministrator("CA0101")));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await FhirHttp.ReadAsync<Practitioner>(response);

        var read = await FhirHttp.ReadAsync<Practitioner>(await _client.GetAsync($"/fhir/Practitioner/{created.Id}"));
        var found = await SearchAsync("Practitioner?identifier=CA0101");

        Assert.Equal(("Dani", "CA"), (read.Name.Single().Family, read.Qualification.Single().Code.Coding.Single().Code));
        Assert.Equal(created.Id, Assert.Single(found.Entry).Resource.Id);
        Assert.DoesNotContain(
            SharedConformance.Validator.Validate(read, read.Meta.Profile.Single()).Issue,
            i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenClaimAdministratorCodeIsTaken()
    {
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsync("/fhir/Practitioner", FhirHttp.Body(ClaimAdministrator("CA0102")))).StatusCode);

        var second = await _client.PostAsync("/fhir/Practitioner", FhirHttp.Body(ClaimAdministrator("CA0102")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_ReturnsBothSources_WhenNoCriteria()
    {
        Assert.Equal(HttpStatusCode.Created, (await _client.PostAsync("/fhir/Practitioner", FhirHttp.Body(ClaimAdministrator("CA0103")))).StatusCode);

        var bundle = await SearchAsync("Practitioner?_count=200");
        var qualifications = bundle.Entry.Select(e => ((Practitioner)e.Resource).Qualification.Single().Code.Coding.Single().Code).ToHashSet();

        Assert.Equal(["CA", "EO"], qualifications.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task SearchRole_SelectsOfficers_WhenRoleIsEo()
    {
        var bundle = await SearchAsync("PractitionerRole?role=EO");

        Assert.NotEmpty(bundle.Entry);
        Assert.All(bundle.Entry, e => Assert.Equal("EO", ((PractitionerRole)e.Resource).Code.Single().Coding.Single().Code));
        var officer = bundle.Entry.Select(e => (PractitionerRole)e.Resource).Single(r => r.Id == OfficerUuid);
        Assert.Equal(2, officer.Location.Count);
    }

    [Theory]
    [InlineData("Practitioner")]
    [InlineData("PractitionerRole")]
    public async System.Threading.Tasks.Task Update_Answers405_WhenResourceIsAnOfficer(string type)
    {
        var current = await _client.GetAsync($"/fhir/{type}/{OfficerUuid}");
        var body = await current.Content.ReadAsStringAsync();

        var response = await _client.PutAsync($"/fhir/{type}/{OfficerUuid}", FhirHttp.Body(body));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Delete_Answers405_WhenResourceIsAnOfficer()
    {
        var response = await _client.DeleteAsync($"/fhir/Practitioner/{OfficerUuid}");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_GivesInsurerFromConfiguration_WhenIdIsConfigured()
    {
        var insurer = await FhirHttp.ReadAsync<Organization>(await _client.GetAsync($"/fhir/Organization/{InsurerId}"));

        Assert.Equal(("ins", "openIMIS Implementation"), (insurer.Type.Single().Coding.Single().Code, insurer.Name));
    }

    [Theory]
    [InlineData("ins", InsurerId)]
    [InlineData("bus", PolicyHolderId)]
    public async System.Threading.Tasks.Task SearchOrganization_SelectsSource_WhenTypeIsGiven(string type, string id)
    {
        var bundle = await SearchAsync($"Organization?type={type}");

        Assert.Equal(id, Assert.Single(bundle.Entry).Resource.Id);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_GivesPolicyHolder_WhenTableHoldsIt()
    {
        var holder = await FhirHttp.ReadAsync<Organization>(await _client.GetAsync($"/fhir/Organization/{PolicyHolderId}"));

        Assert.Equal(("bus", "My Trade"), (holder.Type.Single().Coding.Single().Code, holder.Name));
    }

    private async Task<Bundle> SearchAsync(string query)
    {
        var response = await _client.GetAsync($"/fhir/{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FhirHttp.ReadAsync<Bundle>(response);
    }

    internal static Practitioner ClaimAdministrator(string code) => new()
    {
        Meta = new Meta { Profile = [Base + "/StructureDefinition/openimis-claim-administrator-practitioner"] },
        Identifier = [new Identifier { Type = new CodeableConcept(IdentifierTypes, "Code"), Value = code }],
        Name = [new HumanName { Use = HumanName.NameUse.Official, Family = "Dani", Given = ["Rushila"] }],
        BirthDate = "1985-04-12",
        Telecom = [new ContactPoint(ContactPoint.ContactPointSystem.Email, null, code.ToLowerInvariant() + "@example.org")],
        Qualification = [new Practitioner.QualificationComponent { Code = new CodeableConcept(QualificationSystem, "CA", "Claim Administrator", null) }],
    };
}
