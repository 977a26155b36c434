using System.Text.Json;

namespace OpenImis.Fhir.IntegrationTests.Export;

/// <summary>A completion manifest as the status URL answered it.</summary>
internal sealed record Manifest(JsonElement Json, DateTimeOffset? Expires)
{
    public DateTimeOffset TransactionTime => DateTimeOffset.Parse(Json.GetProperty("transactionTime").GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    public IReadOnlyList<ManifestFile> Files(string array) => Json.GetProperty(array).EnumerateArray()
        .Select(f => new ManifestFile(f.GetProperty("type").GetString()!, new Uri(f.GetProperty("url").GetString()!), f.GetProperty("count").GetInt32()))
        .ToList();
}
