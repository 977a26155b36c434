using System.Globalization;
using System.Text.Json;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Export;

/// <summary>The completion manifest (Bulk Data 2.0.0): every required key, absolute file URLs, exact counts.</summary>
internal static class ExportManifest
{
    /// <summary>
    /// The manifest; <paramref name="requiresAccessToken"/> when the API takes bearer tokens, since the status and
    /// file URLs are behind the same authentication as the kick-off (Bulk Data 2.0.0: SHALL be true then).
    /// </summary>
    public static string Write(ExportJob job, IReadOnlyList<ExportChunk> chunks, string baseUrl, bool requiresAccessToken)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("transactionTime", Instant(job.TransactionTime));
            json.WriteString("request", job.Request);
            json.WriteBoolean("requiresAccessToken", requiresAccessToken);
            Files(json, "output", job, baseUrl, chunks.Where(c => c.Kind == ExportJobs.Output));
            Files(json, "deleted", job, baseUrl, chunks.Where(c => c.Kind == ExportJobs.Deleted), "Bundle");
            Files(json, "error", job, baseUrl, chunks.Where(c => c.Kind == ExportJobs.Error), "OperationOutcome");
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Instant(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    // A file with no line is left out: the manifest SHOULD NOT list a type without data. The URLs are under the base
    // URL of the status request, not the kick-off's: another process (or port) may answer it.
    private static void Files(Utf8JsonWriter json, string name, ExportJob job, string baseUrl, IEnumerable<ExportChunk> chunks, string? type = null)
    {
        json.WriteStartArray(name);
        foreach (var chunk in chunks.Where(c => c.Count > 0))
        {
            json.WriteStartObject();
            json.WriteString("type", type ?? chunk.ResourceType);
            json.WriteString("url", $"{baseUrl}/{ExportEndpoints.FilePath}/{job.Id:N}/{chunk.Seq}");
            json.WriteNumber("count", chunk.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
