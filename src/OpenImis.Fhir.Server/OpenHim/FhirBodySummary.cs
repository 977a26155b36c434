using System.Text.Json;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>What the mediator response needs from a FHIR JSON body, read without the FHIR SDK.</summary>
internal sealed record FhirBodySummary(string? ResourceType, int? Total, int FailedEntryCount, string? Diagnostics)
{
    public static FhirBodySummary Empty { get; } = new(null, null, 0, null);

    public static FhirBodySummary Parse(string body)
    {
        if (!body.TrimStart().StartsWith('{'))
        {
            return Empty;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            var resourceType = Text(root, "resourceType");
            return resourceType switch
            {
                "Bundle" => new FhirBodySummary(resourceType, ReadTotal(root), FailedEntries(root), null),
                "OperationOutcome" => new FhirBodySummary(resourceType, null, 0, ReadDiagnostics(root)),
                _ => new FhirBodySummary(resourceType, null, 0, null),
            };
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    private static int? ReadTotal(JsonElement bundle) =>
        bundle.TryGetProperty("total", out var total) && total.TryGetInt32(out var value) ? value : null;

    /// <summary>Batch and transaction responses report each entry's outcome as a status string such as "201 Created".</summary>
    private static int FailedEntries(JsonElement bundle)
    {
        if (Text(bundle, "type") is not ("batch-response" or "transaction-response")
            || !bundle.TryGetProperty("entry", out var entries) || entries.ValueKind != JsonValueKind.Array)
        {
            return 0;
        }

        return entries.EnumerateArray().Count(entry =>
            entry.TryGetProperty("response", out var response)
            && Text(response, "status") is { } status
            && !status.TrimStart().StartsWith('2'));
    }

    private static string? ReadDiagnostics(JsonElement outcome)
    {
        if (!outcome.TryGetProperty("issue", out var issues) || issues.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var texts = issues.EnumerateArray()
            .Select(issue => Text(issue, "diagnostics") ?? (issue.TryGetProperty("details", out var details) ? Text(details, "text") : null))
            .OfType<string>()
            .ToList();
        return texts.Count == 0 ? null : string.Join("; ", texts);
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
