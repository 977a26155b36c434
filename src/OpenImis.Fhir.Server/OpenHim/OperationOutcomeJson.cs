using System.Text.Json.Nodes;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>Minimal OperationOutcome bodies for errors raised before the FHIR layer runs.</summary>
internal static class OperationOutcomeJson
{
    public const string ContentType = "application/fhir+json; charset=utf-8";

    public static string Create(string severity, string code, string diagnostics) => new JsonObject
    {
        ["resourceType"] = "OperationOutcome",
        ["issue"] = new JsonArray(new JsonObject
        {
            ["severity"] = severity,
            ["code"] = code,
            ["diagnostics"] = diagnostics,
        }),
    }.ToJsonString();
}
