using OpenImis.Fhir.Server.OpenHim;

namespace OpenImis.Fhir.Tests.OpenHim;

public sealed class FhirBodySummaryTests
{
    [Fact]
    public void Parse_ReadsResourceType_WhenBodyIsAResource() =>
        Assert.Equal("Patient", FhirBodySummary.Parse("""{"resourceType":"Patient","id":"1"}""").ResourceType);

    [Fact]
    public void Parse_ReadsTotal_WhenBodyIsASearchset() =>
        Assert.Equal(3, FhirBodySummary.Parse("""{"resourceType":"Bundle","type":"searchset","total":3}""").Total);

    [Fact]
    public void Parse_CountsFailedEntries_WhenBodyIsABatchResponse()
    {
        const string body = """
            {"resourceType":"Bundle","type":"batch-response","entry":[
              {"response":{"status":"201 Created"}},{"response":{"status":"404 Not Found"}},{"response":{"status":"400"}}]}
            """;

        Assert.Equal(2, FhirBodySummary.Parse(body).FailedEntryCount);
    }

    [Fact]
    public void Parse_JoinsDiagnostics_WhenBodyIsAnOperationOutcome()
    {
        const string body = """{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"exception","diagnostics":"db down"}]}""";

        Assert.Equal("db down", FhirBodySummary.Parse(body).Diagnostics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{broken")]
    public void Parse_GivesEmptySummary_WhenBodyIsNotJson(string body) =>
        Assert.Same(FhirBodySummary.Empty, FhirBodySummary.Parse(body));
}
