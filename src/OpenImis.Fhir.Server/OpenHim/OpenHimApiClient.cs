using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// The calls the mediator makes to the OpenHIM core management API. Authentication, retries,
/// timeouts and the circuit breaker come from the handlers the client is built with.
/// Only statuses are trusted: OpenHIM v8 with Basic auth puts "User Authenticated Successfully"
/// in bodies that should be empty.
/// </summary>
internal sealed class OpenHimApiClient(HttpClient httpClient, IOptionsMonitor<OpenHimOptions> options)
{
    private string Urn => options.CurrentValue.Urn;

    public async Task RegisterAsync(JsonObject mediator, CancellationToken cancellationToken)
    {
        using var response = await httpClient.PostAsJsonAsync(Relative("mediators"), mediator, cancellationToken);
        await EnsureSuccessAsync(response, "POST /mediators", cancellationToken);
    }

    public async Task<HeartbeatResult> HeartbeatAsync(double uptimeSeconds, bool requestConfig, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["uptime"] = Math.Round(uptimeSeconds, 3) };
        if (requestConfig)
        {
            body["config"] = true;
        }

        using var response = await httpClient.PostAsJsonAsync(Relative($"mediators/{Urn}/heartbeat"), body, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return HeartbeatResult.Unknown;
        }

        await EnsureSuccessAsync(response, "POST /mediators/{urn}/heartbeat", cancellationToken);
        var text = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();

        // Empty or "OK" means no change; any other non-object text is a core quirk, not a config.
        if (!text.StartsWith('{'))
        {
            return HeartbeatResult.NoChange;
        }

        try
        {
            return JsonNode.Parse(text) is JsonObject config ? new HeartbeatResult(true, config) : HeartbeatResult.NoChange;
        }
        catch (JsonException ex)
        {
            throw new OpenHimApiException($"The heartbeat answered a config that is not valid JSON: {ex.Message}", ex);
        }
    }

    /// <summary>The mediator as the core holds it (passwords masked), or null when it has none by our URN.</summary>
    public async Task<JsonObject?> GetMediatorAsync(CancellationToken cancellationToken)
    {
        using var response = await httpClient.GetAsync(Relative($"mediators/{Urn}"), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        await EnsureSuccessAsync(response, "GET /mediators/{urn}", cancellationToken);
        return await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
    }

    /// <summary>Every channel the core has, whole (routes included).</summary>
    public async Task<IReadOnlyList<JsonObject>> GetChannelsAsync(CancellationToken cancellationToken)
    {
        using var response = await httpClient.GetAsync(Relative("channels"), cancellationToken);
        await EnsureSuccessAsync(response, "GET /channels", cancellationToken);
        var channels = await response.Content.ReadFromJsonAsync<JsonArray>(cancellationToken) ?? [];
        return [.. channels.OfType<JsonObject>()];
    }

    /// <summary>Replaces a channel (PUT /channels/{id}).</summary>
    public async Task UpdateChannelAsync(string id, JsonObject channel, CancellationToken cancellationToken)
    {
        using var response = await httpClient.PutAsJsonAsync(Relative($"channels/{Uri.EscapeDataString(id)}"), channel, cancellationToken);
        await EnsureSuccessAsync(response, "PUT /channels/{id}", cancellationToken);
    }

    /// <summary>The names of the channels the core has, whoever installed them.</summary>
    public async Task<IReadOnlySet<string>> GetChannelNamesAsync(CancellationToken cancellationToken)
    {
        using var response = await httpClient.GetAsync(Relative("channels"), cancellationToken);
        await EnsureSuccessAsync(response, "GET /channels", cancellationToken);
        var channels = await response.Content.ReadFromJsonAsync<JsonArray>(cancellationToken) ?? [];
        return channels.OfType<JsonObject>().Select(c => (string?)c["name"]).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Installs the named channels of defaultChannelConfig. The core does not de-duplicate: check first.</summary>
    public async Task InstallChannelsAsync(IReadOnlyCollection<string> channelNames, CancellationToken cancellationToken)
    {
        var names = new JsonArray([.. channelNames.Select(n => (JsonNode?)JsonValue.Create(n))]);
        using var response = await httpClient.PostAsJsonAsync(Relative($"mediators/{Urn}/channels"), names, cancellationToken);
        await EnsureSuccessAsync(response, "POST /mediators/{urn}/channels", cancellationToken);
    }

    // The URN goes into the path as is: the core unescape()s it, and its colons are legal in a path segment.
    private static Uri Relative(string path) => new(path, UriKind.Relative);

    private static async Task EnsureSuccessAsync(HttpResponseMessage response, string call, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (body.Length > 500)
        {
            body = body[..500];
        }

        throw new OpenHimApiException(
            response.StatusCode,
            string.Create(CultureInfo.InvariantCulture, $"{call} answered {(int)response.StatusCode}: {body}"));
    }
}
