using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Conformance;

/// <summary>The guide's resources, the ConceptMaps and the generated SearchParameters: read and search by url, version, name and type.</summary>
public sealed class ConformanceResourceTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Ig = "https://openimis.github.io/openimis_fhir_r4_ig";
    private const string PatientProfile = Ig + "/StructureDefinition/openimis-patient";

    private readonly HttpClient _client = server.CreateClient();

    private async Task<Bundle> SearchAsync(string query)
    {
        var response = await _client.GetAsync($"/fhir/{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FhirHttp.ReadAsync<Bundle>(response);
    }

    private static IEnumerable<string?> Ids(Bundle bundle) => bundle.Entry.Select(e => e.Resource?.Id);

    [Fact]
    public async System.Threading.Tasks.Task Read_AnswersProfileWithSnapshot_WhenIdIsKnown()
    {
        var profile = await FhirHttp.ReadAsync<StructureDefinition>(await _client.GetAsync("/fhir/StructureDefinition/openimis-patient"));
        Assert.Equal((PatientProfile, true), (profile.Url, profile.HasSnapshot));
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_Answers404_WhenIdIsUnknown()
    {
        var response = await _client.GetAsync("/fhir/StructureDefinition/no-such-profile");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Vread_AnswersTheResource_WhenVersionIsTheReadOne()
    {
        var read = await FhirHttp.ReadAsync<ValueSet>(await _client.GetAsync("/fhir/ValueSet/location-type"));
        var response = await _client.GetAsync($"/fhir/ValueSet/location-type/_history/{read.Meta!.VersionId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsOneProfile_WhenUrlIsGiven()
    {
        Assert.Equal(["openimis-patient"], Ids(await SearchAsync($"StructureDefinition?url={PatientProfile}")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsProfilesOfType_WhenTypeIsGiven()
    {
        Assert.Equal(["openimis-patient"], Ids(await SearchAsync("StructureDefinition?type=Patient")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsByNamePrefix_WhenNameIsGiven()
    {
        Assert.Equal(["openimis-patient"], Ids(await SearchAsync("StructureDefinition?name=openimispat")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsEveryCodeSystem_WhenVersionIsTheGuides()
    {
        var guide = await FhirHttp.ReadAsync<ImplementationGuide>(await _client.GetAsync("/fhir/ImplementationGuide/openimis.fhir.r4"));
        var bundle = await SearchAsync($"CodeSystem?version={guide.Version}&_summary=count");
        Assert.Equal(SharedConformance.Store.All<CodeSystem>().Count(), bundle.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsNothing_WhenVersionIsUnknown()
    {
        Assert.Equal(0, (await SearchAsync("ValueSet?version=0.0.0-none")).Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsTheConceptMap_WhenUrlIsAMappingsOne()
    {
        Assert.Equal(["insuree-gender"], Ids(await SearchAsync($"ConceptMap?url={Ig}/ConceptMap/insuree-gender")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsTheImplementationGuide_WhenUrlIsItsCanonical()
    {
        Assert.Equal(["openimis.fhir.r4"], Ids(await SearchAsync($"ImplementationGuide?url={Ig}/ImplementationGuide/openimis.fhir.r4")));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsTheGuidesCapabilityStatement_WhenNameIsGiven()
    {
        Assert.Single((await SearchAsync("CapabilityStatement?name=openIMIS")).Entry);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsProfilesBelowAUrl_WhenModifierIsBelow()
    {
        // The guide's files name each StructureDefinition after its id, which is its URL's last segment.
        var profiles = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "profiles"), "StructureDefinition-openimis-*.json").Length;
        var bundle = await SearchAsync($"StructureDefinition?url:below={Ig}/StructureDefinition/openimis-&_summary=count");
        Assert.Equal(profiles, bundle.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsThePatientsSearchParameters_WhenBaseIsPatient()
    {
        var statement = await FhirHttp.ReadAsync<CapabilityStatement>(await _client.GetAsync("/fhir/metadata"));
        var declared = statement.Rest[0].Resource.Single(r => r.Type == "Patient").SearchParam.Select(p => p.Definition).Order(StringComparer.Ordinal);
        var bundle = await SearchAsync("SearchParameter?base=Patient&_count=100");
        Assert.Equal(declared, bundle.Entry.Select(e => ((SearchParameter)e.Resource!).Url).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_AnswersGeneratedSearchParameter_WhenIdIsTypeAndCode()
    {
        var parameter = await FhirHttp.ReadAsync<SearchParameter>(await _client.GetAsync("/fhir/SearchParameter/Patient-family"));
        Assert.Equal(("family", SearchParamType.String, "Patient.name.family"), (parameter.Code, parameter.Type, parameter.Expression));
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_Answers400_WhenUriModifierIsUnsupported()
    {
        var response = await _client.GetAsync("/fhir/StructureDefinition?url:above=x");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_NamesTheGuide_WhenRequested()
    {
        var statement = await FhirHttp.ReadAsync<CapabilityStatement>(await _client.GetAsync("/fhir/metadata"));
        Assert.Equal([Ig + "/ImplementationGuide/openimis.fhir.r4"], statement.ImplementationGuide);
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_ListsValidate_WhenRequested()
    {
        var statement = await FhirHttp.ReadAsync<CapabilityStatement>(await _client.GetAsync("/fhir/metadata"));
        Assert.Contains(statement.Rest[0].Resource.Single(r => r.Type == "Patient").Operation, o => o.Name == "validate");
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_ListsConformanceTypes_WhenRequested()
    {
        var statement = await FhirHttp.ReadAsync<CapabilityStatement>(await _client.GetAsync("/fhir/metadata"));
        var types = statement.Rest[0].Resource.Select(r => r.Type).ToHashSet();
        Assert.Superset(new HashSet<string?>(["StructureDefinition", "ValueSet", "CodeSystem", "SearchParameter", "ImplementationGuide", "CapabilityStatement", "ConceptMap"]), types);
    }
}
