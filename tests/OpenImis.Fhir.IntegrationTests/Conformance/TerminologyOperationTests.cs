using System.Net;
using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Conformance;

/// <summary>$lookup, $expand, $validate-code and $translate over the guide's terminology and the ConceptMaps.</summary>
public sealed class TerminologyOperationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Ig = "https://openimis.github.io/openimis_fhir_r4_ig";
    private const string LocationTypes = Ig + "/CodeSystem/location-type";
    private const string LocationTypeSet = Ig + "/ValueSet/location-type";
    private const string GenderMap = Ig + "/ConceptMap/insuree-gender";

    private readonly HttpClient _client = server.CreateClient();

    private async Task<T> OkAsync<T>(string path)
        where T : Resource
    {
        var response = await _client.GetAsync($"/fhir/{path}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await FhirHttp.ReadAsync<T>(response);
    }

    private async System.Threading.Tasks.Task Assert400Async(string path)
    {
        var response = await _client.GetAsync($"/fhir/{path}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await FhirHttp.OutcomeAsync(response);
    }

    private static string? Value(Parameters parameters, string name) => parameters.Parameter.FirstOrDefault(p => p.Name == name)?.Value?.ToString();

    [Fact]
    public async System.Threading.Tasks.Task Lookup_AnswersDisplay_WhenCodeIsInTheGuidesCodeSystem()
    {
        var output = await OkAsync<Parameters>($"CodeSystem/$lookup?system={LocationTypes}&code=D");
        Assert.Equal("District", Value(output, "display"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Lookup_AnswersDisplay_WhenCodeIsInACoreCodeSystem()
    {
        var output = await OkAsync<Parameters>("CodeSystem/$lookup?system=http://hl7.org/fhir/administrative-gender&code=female");
        Assert.Equal("Female", Value(output, "display"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Lookup_AcceptsParametersBody_WhenPosted()
    {
        var input = new Parameters();
        input.Add("coding", new Coding(LocationTypes, "V"));
        var response = await _client.PostAsync("/fhir/CodeSystem/$lookup", FhirHttp.Body(input));
        Assert.Equal("City/Village", Value(await FhirHttp.ReadAsync<Parameters>(response), "display"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Lookup_Answers400_WhenCodeIsMissing()
    {
        await Assert400Async($"CodeSystem/$lookup?system={LocationTypes}");
    }

    [Fact]
    public async System.Threading.Tasks.Task Lookup_Answers404_WhenCodeIsUnknown()
    {
        var response = await _client.GetAsync($"/fhir/CodeSystem/$lookup?system={LocationTypes}&code=X");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async System.Threading.Tasks.Task Expand_ListsEveryCode_WhenValueSetIsTheGuides()
    {
        var expanded = await OkAsync<ValueSet>($"ValueSet/$expand?url={LocationTypeSet}");
        Assert.Equal(["R", "D", "W", "V"], expanded.Expansion!.Contains.Select(c => c.Code));
    }

    [Fact]
    public async System.Threading.Tasks.Task Expand_KeepsMatchingCodes_WhenFilterIsGiven()
    {
        var expanded = await OkAsync<ValueSet>($"ValueSet/$expand?url={LocationTypeSet}&filter=VILL");
        Assert.Equal(["V"], expanded.Expansion!.Contains.Select(c => c.Code));
    }

    [Fact]
    public async System.Threading.Tasks.Task Expand_PagesWithTotal_WhenCountAndOffsetAreGiven()
    {
        var expanded = await OkAsync<ValueSet>($"ValueSet/$expand?url={LocationTypeSet}&offset=1&count=2");
        Assert.Equal((4, "D,W"), (expanded.Expansion!.Total!.Value, string.Join(',', expanded.Expansion.Contains.Select(c => c.Code))));
    }

    [Fact]
    public async System.Threading.Tasks.Task Expand_ExpandsById_WhenInstanceLevel()
    {
        var expanded = await OkAsync<ValueSet>("ValueSet/location-type/$expand");
        Assert.Equal(4, expanded.Expansion!.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Expand_AcceptsPostWithoutBody_WhenParametersAreInTheQuery()
    {
        var response = await _client.PostAsync($"/fhir/ValueSet/$expand?url={LocationTypeSet}", null);
        Assert.Equal(4, (await FhirHttp.ReadAsync<ValueSet>(response)).Expansion!.Total);
    }

    [Fact]
    public async System.Threading.Tasks.Task Expand_Answers400_WhenUrlIsMissing()
    {
        await Assert400Async("ValueSet/$expand?filter=x");
    }

    [Fact]
    public async System.Threading.Tasks.Task Expand_Answers400_WhenCountIsNotANumber()
    {
        await Assert400Async($"ValueSet/$expand?url={LocationTypeSet}&count=many");
    }

    [Fact]
    public async System.Threading.Tasks.Task ValidateCode_AnswersTrue_WhenCodeIsInValueSet()
    {
        var output = await OkAsync<Parameters>($"ValueSet/$validate-code?url={LocationTypeSet}&system={LocationTypes}&code=W");
        Assert.Equal("true", Value(output, "result"));
    }

    [Fact]
    public async System.Threading.Tasks.Task ValidateCode_AnswersFalse_WhenCodeIsNotInValueSet()
    {
        var output = await OkAsync<Parameters>($"ValueSet/$validate-code?url={LocationTypeSet}&system={LocationTypes}&code=X");
        Assert.Equal("false", Value(output, "result"));
    }

    [Fact]
    public async System.Threading.Tasks.Task ValidateCode_AnswersFalse_WhenDisplayIsWrong()
    {
        var output = await OkAsync<Parameters>($"ValueSet/$validate-code?url={LocationTypeSet}&code=W&display=Region");
        Assert.Equal("false", Value(output, "result"));
    }

    [Fact]
    public async System.Threading.Tasks.Task ValidateCode_Answers400_WhenCodeIsMissing()
    {
        await Assert400Async($"ValueSet/$validate-code?url={LocationTypeSet}");
    }

    [Fact]
    public async System.Threading.Tasks.Task Translate_AnswersTheFhirCode_WhenOpenImisCodeIsMapped()
    {
        var output = await OkAsync<Parameters>($"ConceptMap/$translate?url={GenderMap}&system=urn:openimis:db:tblGender&code=F");
        var concept = output.Parameter.Single(p => p.Name == "match").Part.Single(p => p.Name == "concept").Value as Coding;
        Assert.Equal(("http://hl7.org/fhir/administrative-gender", "female"), (concept!.System, concept.Code));
    }

    [Fact]
    public async System.Threading.Tasks.Task Translate_AnswersTheOpenImisCode_WhenReverse()
    {
        var output = await OkAsync<Parameters>($"ConceptMap/$translate?url={GenderMap}&code=male&reverse=true");
        var concept = output.Parameter.Single(p => p.Name == "match").Part.Single(p => p.Name == "concept").Value as Coding;
        Assert.Equal("M", concept!.Code);
    }

    [Fact]
    public async System.Threading.Tasks.Task Translate_AnswersFalse_WhenCodeIsNotMapped()
    {
        var output = await OkAsync<Parameters>($"ConceptMap/$translate?url={GenderMap}&code=Z");
        Assert.Equal("false", Value(output, "result"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Translate_Answers400_WhenCodeIsMissing()
    {
        await Assert400Async($"ConceptMap/$translate?url={GenderMap}");
    }

    [Fact]
    public async System.Threading.Tasks.Task Translate_Answers404_WhenConceptMapIsUnknown()
    {
        var response = await _client.GetAsync("/fhir/ConceptMap/$translate?url=https://example.org/cm&code=M");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
