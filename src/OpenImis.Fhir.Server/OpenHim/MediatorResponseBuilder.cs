using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>Builds the application/json+openhim body; the FHIR response travels as a string in <c>response.body</c>.</summary>
internal static class MediatorResponseBuilder
{
    public const string ContentType = "application/json+openhim";

    public static JsonObject Build(string urn, MediatorExchange exchange)
    {
        var anyOrchestrationFailed = exchange.Orchestrations.Any(OrchestrationJson.Failed);
        var response = new JsonObject
        {
            ["x-mediator-urn"] = urn,
            ["status"] = MediatorStatus.From(exchange.StatusCode, exchange.FailedEntryCount, anyOrchestrationFailed),
            ["response"] = new JsonObject
            {
                ["status"] = exchange.StatusCode,
                ["headers"] = new JsonObject([.. exchange.Headers.Select(h => KeyValuePair.Create(h.Key, (JsonNode?)h.Value))]),
                ["body"] = exchange.Body,
                ["timestamp"] = OrchestrationJson.Timestamp(exchange.Timestamp),
            },
            ["orchestrations"] = new JsonArray([.. exchange.Orchestrations.Select(o => (JsonNode?)OrchestrationJson.From(o))]),
            ["properties"] = Properties(exchange),
        };

        // "error" makes the core mark the transaction for auto-retry: only for failures on our side.
        if (exchange.StatusCode >= 500)
        {
            response["error"] = new JsonObject
            {
                ["message"] = exchange.ErrorMessage ?? $"The FHIR server answered {exchange.StatusCode}.",
            };
        }

        return response;
    }

    /// <summary>Shown in the OpenHIM console; the core stores them as strings.</summary>
    private static JsonObject Properties(MediatorExchange exchange)
    {
        var properties = new JsonObject();
        if (exchange.ResourceType is { } resourceType)
        {
            properties["resourceType"] = resourceType;
        }

        if (exchange.Interaction is { } interaction)
        {
            properties["interaction"] = interaction;
        }

        if (exchange.ResultCount is { } count)
        {
            properties["resultCount"] = count.ToString(CultureInfo.InvariantCulture);
        }

        if (exchange.FailedEntryCount > 0)
        {
            properties["failedEntryCount"] = exchange.FailedEntryCount.ToString(CultureInfo.InvariantCulture);
        }

        return properties;
    }
}
