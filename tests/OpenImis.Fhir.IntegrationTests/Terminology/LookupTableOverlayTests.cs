using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Terminology;

/// <summary>A database whose tblProfessions holds a code the guide's patient-profession list lacks serves the database's codes.</summary>
public sealed class LookupTableOverlayTests(LiveTerminologyFixture server) : IClassFixture<LiveTerminologyFixture>
{
    internal const string Professions = "https://openimis.github.io/openimis_fhir_r4_ig/CodeSystem/patient-profession";
    internal const string ProfessionSet = "https://openimis.github.io/openimis_fhir_r4_ig/ValueSet/patient-profession";

    private readonly HttpClient _client = server.CreateClient();

    [Fact]
    public async System.Threading.Tasks.Task Read_ServesTheTablesCodes_WhenTheTableDiffersFromTheGuide()
    {
        await AddFisherAsync();
        var rows = await TestPostgres.CountAsync(server.ConnectionString, "SELECT count(*) FROM \"tblProfessions\"");

        var codeSystem = await OkAsync<CodeSystem>("CodeSystem/patient-profession");

        Assert.Equal("Fisher", codeSystem.Concept.Single(c => c.Code == "99").Display);
        Assert.Equal((int)rows, codeSystem.Concept.Count);
        Assert.DoesNotContain(
            SharedConformance.Validator.Validate(codeSystem, "http://hl7.org/fhir/StructureDefinition/CodeSystem").Issue,
            i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal);
    }

    [Fact]
    public async System.Threading.Tasks.Task LookupAndValidateCode_KnowTheTablesCode_WhenTheGuideLacksIt()
    {
        await AddFisherAsync();

        var lookup = await OkAsync<Parameters>($"CodeSystem/$lookup?system={Uri.EscapeDataString(Professions)}&code=99");
        var valid = await OkAsync<Parameters>(ValidateCode("99"));
        var unknown = await OkAsync<Parameters>(ValidateCode("98"));

        Assert.Equal("Fisher", lookup.GetSingleValue<FhirString>("display")?.Value);
        Assert.True(valid.GetSingleValue<FhirBoolean>("result")?.Value);
        Assert.False(unknown.GetSingleValue<FhirBoolean>("result")?.Value);
    }

    internal static string ValidateCode(string code) =>
        $"ValueSet/$validate-code?url={Uri.EscapeDataString(ProfessionSet)}&system={Uri.EscapeDataString(Professions)}&code={code}";

    private async System.Threading.Tasks.Task AddFisherAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "INSERT INTO \"tblProfessions\" (\"ProfessionId\", \"Profession\", \"SortOrder\") VALUES (99, 'Fisher', 99) ON CONFLICT DO NOTHING",
            connection);
        await command.ExecuteNonQueryAsync();
    }

    private Task<T> OkAsync<T>(string path)
        where T : Resource => FhirHttp.GetOkAsync<T>(_client, path);
}
