using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Conformance;

/// <summary>
/// Every conformance resource the server serves, of every conformance type and /metadata itself, validates against
/// the core definition of its type with no error and no warning, but for the <see cref="KnownFindings"/>; judged by
/// the validator the server uses, as an implementer's Firely validator would judge it.
/// </summary>
public sealed class ServedConformanceValidationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private readonly HttpClient _client = server.CreateClient();

    private static OperationOutcome Validate(Resource resource) =>
        SharedConformance.Validator.Validate(resource, $"http://hl7.org/fhir/StructureDefinition/{resource.TypeName}");

    public static TheoryData<string> Types => [.. ServedConformance.Types];

    [Theory]
    [MemberData(nameof(Types))]
    public async System.Threading.Tasks.Task EveryServedResource_HasNoUnexplainedErrorsOrWarnings_WhenValidatedAgainstItsType(string type)
    {
        var served = await ServedConformance.AllAsync(_client, type);

        var problems = served.SelectMany(r => KnownFindings.Unexplained(r, Validate(r))).ToList();

        Assert.True(served.Count > 0 && problems.Count == 0, $"{served.Count} {type} served; " + string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async System.Threading.Tasks.Task Metadata_HasNoErrorsOrWarnings_WhenValidated()
    {
        var statement = await ServedConformance.MetadataAsync(_client);

        Assert.Empty(KnownFindings.Problems(Validate(statement)).Select(i => $"{i.Details?.Text} @ {string.Join(",", i.Expression)}"));
    }
}
