using System.Globalization;
using System.Text.Json.Nodes;
using OpenImis.Fhir.Core.Observability;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>An orchestration as the core's transaction schema stores it (openhim.md 2.3).</summary>
internal static class OrchestrationJson
{
    public static JsonObject From(OrchestrationEntry entry)
    {
        var (host, port, path, query) = Split(entry.Url);
        var orchestration = new JsonObject
        {
            ["name"] = entry.Name,
            ["request"] = new JsonObject
            {
                ["host"] = host,
                ["port"] = port,
                ["path"] = path,
                ["querystring"] = query,
                ["method"] = entry.Method,
                ["headers"] = new JsonObject(),
                ["body"] = string.Empty,
                ["timestamp"] = Timestamp(entry.StartedAt),
            },
        };

        if (entry.StatusCode is { } status)
        {
            orchestration["response"] = new JsonObject
            {
                ["status"] = status,
                ["headers"] = new JsonObject(),
                ["body"] = entry.ResponseBody ?? string.Empty,
                ["timestamp"] = Timestamp(entry.EndedAt),
            };
        }

        if (entry.Error is { } error)
        {
            orchestration["error"] = new JsonObject { ["message"] = error };
        }

        return orchestration;
    }

    public static bool Failed(OrchestrationEntry entry) => entry.Error is not null || entry.StatusCode >= 500;

    public static string Timestamp(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static (string Host, string Port, string Path, string Query) Split(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            var queryAt = url.IndexOf('?', StringComparison.Ordinal);
            return queryAt < 0 ? (string.Empty, string.Empty, url, string.Empty) : (string.Empty, string.Empty, url[..queryAt], url[(queryAt + 1)..]);
        }

        var port = uri.IsDefaultPort && uri.Port < 0 ? string.Empty : uri.Port.ToString(CultureInfo.InvariantCulture);
        return (uri.Host, port, uri.AbsolutePath, uri.Query.TrimStart('?'));
    }
}
