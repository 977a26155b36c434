using System.Text.Json.Nodes;
using OpenImis.Fhir.Core.Observability;
using OpenImis.Fhir.Server.OpenHim;

namespace OpenImis.Fhir.Tests.OpenHim;

public sealed class MediatorResponseBuilderTests
{
    private const string Urn = "urn:mediator:openimis-fhir-r4";
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 20, 45, 7, 292, TimeSpan.Zero);

    private static MediatorExchange Exchange(int status, string body = "{}", IReadOnlyList<OrchestrationEntry>? orchestrations = null) => new(
        status,
        new Dictionary<string, string> { ["content-type"] = "application/fhir+json; charset=utf-8" },
        body,
        Now,
        "Patient",
        "search-type",
        0,
        0,
        orchestrations ?? [],
        null);

    [Fact]
    public void Build_CarriesFhirBodyAsString_WhenBodyIsJson()
    {
        const string body = """{"resourceType":"Bundle","type":"searchset","total":0}""";

        var response = MediatorResponseBuilder.Build(Urn, Exchange(200, body))["response"]!;

        Assert.Equal(body, response["body"]!.GetValue<string>());
    }

    [Fact]
    public void Build_CopiesStatusHeadersAndTimestamp_IntoResponse()
    {
        var response = MediatorResponseBuilder.Build(Urn, Exchange(200))["response"]!;

        Assert.Equal(200, (int)response["status"]!);
        Assert.Equal("application/fhir+json; charset=utf-8", (string?)response["headers"]!["content-type"]);
        Assert.Equal("2026-11-26T20:45:07.292Z", (string?)response["timestamp"]);
    }

    [Fact]
    public void Build_NamesMediator_ByUrn() =>
        Assert.Equal(Urn, (string?)MediatorResponseBuilder.Build(Urn, Exchange(200))["x-mediator-urn"]);

    [Fact]
    public void Build_ReportsPropertiesAsStrings_WhenFactsAreKnown()
    {
        var properties = MediatorResponseBuilder.Build(Urn, Exchange(200))["properties"]!;

        Assert.Equal("Patient", (string?)properties["resourceType"]);
        Assert.Equal("search-type", (string?)properties["interaction"]);
        Assert.Equal("0", (string?)properties["resultCount"]);
    }

    [Fact]
    public void Build_OmitsError_WhenCallerGotA4xx()
    {
        var mediator = MediatorResponseBuilder.Build(Urn, Exchange(404));

        Assert.False(mediator.ContainsKey("error"));
        Assert.Equal("Completed", (string?)mediator["status"]);
    }

    [Fact]
    public void Build_AddsError_WhenServerFailed()
    {
        var mediator = MediatorResponseBuilder.Build(Urn, Exchange(500));

        Assert.NotNull(mediator["error"]?["message"]);
        Assert.Equal("Failed", (string?)mediator["status"]);
    }

    [Fact]
    public void Build_ListsOrchestrationsWithRequestAndResponse_WhenWorkWasTracked()
    {
        var entry = new OrchestrationEntry("openIMIS DB", "SELECT", "postgresql://db:5432/imis/tblInsuree?chfid=1", Now, Now, 200, null, null);

        var orchestration = MediatorResponseBuilder.Build(Urn, Exchange(200, orchestrations: [entry]))["orchestrations"]![0]!;

        Assert.Equal("openIMIS DB", (string?)orchestration["name"]);
        Assert.Equal(
            ("db", "5432", "/imis/tblInsuree", "chfid=1", "SELECT"),
            ((string?)orchestration["request"]!["host"], (string?)orchestration["request"]!["port"], (string?)orchestration["request"]!["path"],
             (string?)orchestration["request"]!["querystring"], (string?)orchestration["request"]!["method"]));
        Assert.Equal(200, (int)orchestration["response"]!["status"]!);
    }

    [Fact]
    public void Build_ReportsOrchestrationErrorWithoutResponse_WhenWorkFailed()
    {
        var entry = new OrchestrationEntry("client registry", "GET", "http://cr/fhir/Patient", Now, Now, null, null, "connection refused");

        var mediator = MediatorResponseBuilder.Build(Urn, Exchange(200, orchestrations: [entry]));
        var orchestration = mediator["orchestrations"]![0]!.AsObject();

        Assert.False(orchestration.ContainsKey("response"));
        Assert.Equal("connection refused", (string?)orchestration["error"]!["message"]);
        Assert.Equal("Completed with error(s)", (string?)mediator["status"]);
    }

    [Fact]
    public void Build_SerializesToJsonObject_WithAllTopLevelFields()
    {
        var json = JsonNode.Parse(MediatorResponseBuilder.Build(Urn, Exchange(200)).ToJsonString())!.AsObject();

        Assert.Equal(
            ["orchestrations", "properties", "response", "status", "x-mediator-urn"],
            json.Select(p => p.Key).Order(StringComparer.Ordinal));
    }
}
