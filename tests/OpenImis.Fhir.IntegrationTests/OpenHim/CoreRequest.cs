using System.Text.Json.Nodes;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

/// <summary>One call the fake core received.</summary>
internal sealed record CoreRequest(
    string Method,
    string Path,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    DateTimeOffset ReceivedAt,
    int Status)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}
