using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Terminology;

/// <summary>tblICDCodes served as the guide's diagnosis CodeSystem, over the demo database.</summary>
public sealed class DiagnosisCodeSystemTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private const string Ig = "https://openimis.github.io/openimis_fhir_r4_ig";
    private const string Diagnoses = Ig + "/CodeSystem/diagnosis-ICD10-level1";
    private const string DiagnosisSet = Ig + "/ValueSet/diagnosis-ICD10-level1";

    private readonly HttpClient _client = server.CreateClient();

    private Task<T> OkAsync<T>(string path)
        where T : Resource => FhirHttp.GetOkAsync<T>(_client, path);

    private static string? Value(Parameters parameters, string name) => parameters.Parameter.FirstOrDefault(p => p.Name == name)?.Value?.ToString();

    [Fact]
    public async System.Threading.Tasks.Task Read_ServesTheDatabasesLiveCodes_WhenReadAsDiagnosis()
    {
        var codeSystem = await OkAsync<CodeSystem>("CodeSystem/diagnosis");
        Assert.Equal(["A00", "A000", "A09", "B509", "B54", "J06", "K35", "O80"], codeSystem.Concept.Select(c => c.Code));
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_ValidatesAgainstTheCodeSystemBase_WhenReadAsDiagnosis()
    {
        var codeSystem = await OkAsync<CodeSystem>("CodeSystem/diagnosis");
        var outcome = SharedConformance.Validator.Validate(codeSystem, "http://hl7.org/fhir/StructureDefinition/CodeSystem");
        Assert.DoesNotContain(outcome.Issue, i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal);
    }

    [Fact]
    public async System.Threading.Tasks.Task Lookup_AnswersTheDatabasesName_WhenTheCodeIsOnlyInTheDatabase()
    {
        var output = await OkAsync<Parameters>($"CodeSystem/$lookup?system={Diagnoses}&code=B509");
        Assert.Equal("Plasmodium falciparum malaria, unspecified", Value(output, "display"));
    }

    [Fact]
    public async System.Threading.Tasks.Task ValidateCode_AnswersTrue_WhenTheCodeIsInTheDatabase()
    {
        var output = await OkAsync<Parameters>($"ValueSet/$validate-code?url={DiagnosisSet}&system={Diagnoses}&code=A000");
        Assert.Equal("true", Value(output, "result"));
    }

    [Fact]
    public async System.Threading.Tasks.Task ValidateCode_AnswersFalse_WhenTheRowIsDeleted()
    {
        var output = await OkAsync<Parameters>($"ValueSet/$validate-code?url={DiagnosisSet}&system={Diagnoses}&code=Z00");
        Assert.Equal("false", Value(output, "result"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Expand_FiltersAndPages_WhenTheValueSetIsTheDatabases()
    {
        var expanded = await OkAsync<ValueSet>($"ValueSet/$expand?url={DiagnosisSet}&filter=malaria&offset=1&count=1");
        Assert.Equal((2, "B54"), (expanded.Expansion!.Total, expanded.Expansion.Contains.Single().Code));
    }
}
