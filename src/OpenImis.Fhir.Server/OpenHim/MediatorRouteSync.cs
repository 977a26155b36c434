using System.Text.Json.Nodes;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// After registering, brings the core in line with this server's settings. The core ignores a registration whose
/// version it already has, so a changed endpoint or route password never reached it and routed calls got 401: the
/// routes of the mediator's own channels (same channel and route names as its defaultChannelConfig) are updated in
/// place (PUT /channels/{id}, only the address and credentials; an admin's other edits stay), and a stale mediator
/// document, which the API cannot update, is reported with the fix.
/// </summary>
internal sealed class MediatorRouteSync(ILogger<MediatorRouteSync> logger)
{
    /// <summary>The core masks passwords in what it returns.</summary>
    private const string Masked = "**********";

    private static readonly string[] AddressFields = ["host", "port", "secured"];

    // channels: whether the server owns its channels (OpenHim:InstallChannels); otherwise an admin keeps them.
    public async Task SyncAsync(OpenHimApiClient client, JsonObject sent, OpenHimOptions settings, bool channels, CancellationToken cancellationToken)
    {
        var stored = await client.GetMediatorAsync(cancellationToken)
            ?? throw new OpenHimApiException($"OpenHIM answered the registration of {settings.Urn} but GET /mediators/{settings.Urn} finds no such mediator.");
        var stale = Differences(Routes(sent["endpoints"]), Routes(stored["endpoints"]), AddressFields);
        if (stale.Count > 0)
        {
            logger.LogError(
                "OpenHIM keeps mediator {Urn} version {Version} as first registered ({Differences}): the core ignores a registration of a version it has. "
                + "Fix: delete the mediator in the OpenHIM console (Mediators, delete) or with DELETE {ApiUrl}/mediators/{Urn}, then restart this server",
                settings.Urn, (string?)stored["version"], string.Join("; ", stale), settings.ApiUrl, settings.Urn);
        }

        if (!channels)
        {
            return;
        }

        var offered = Objects(sent["defaultChannelConfig"]).ToDictionary(c => (string?)c["name"] ?? string.Empty, StringComparer.Ordinal);
        foreach (var channel in await client.GetChannelsAsync(cancellationToken))
        {
            if ((string?)channel["name"] is not { } name || !offered.TryGetValue(name, out var wanted) || (string?)channel["_id"] is not { } id)
            {
                continue;
            }

            var changed = Align(Routes(channel["routes"]), Routes(wanted["routes"]));
            if (changed.Count > 0)
            {
                await client.UpdateChannelAsync(id, channel, cancellationToken);
                logger.LogInformation("Updated OpenHIM channel {Channel} to this server's settings: {Changes}", name, string.Join("; ", changed));
            }
        }
    }

    /// <summary>Sets each wanted route's address and credentials on the core's route of the same name; says what changed.</summary>
    private static List<string> Align(Dictionary<string, JsonObject> routes, Dictionary<string, JsonObject> wanted)
    {
        var changed = new List<string>();
        foreach (var (name, route) in routes)
        {
            if (!wanted.TryGetValue(name, out var target))
            {
                continue;
            }

            foreach (var field in (string[])[.. AddressFields, "username", "password"])
            {
                var value = target[field];
                // A masked password cannot be compared: push ours whenever we have one.
                var same = !(field == "password" && (string?)route[field] == Masked) && JsonNode.DeepEquals(route[field], value);
                if (!same && value is not null)
                {
                    route[field] = value.DeepClone();
                    changed.Add(field == "password" ? $"{name}.password" : $"{name}.{field}={value.ToJsonString()}");
                }
            }
        }

        return changed;
    }

    private static List<string> Differences(Dictionary<string, JsonObject> sent, Dictionary<string, JsonObject> stored, string[] fields) =>
        [.. sent.SelectMany(pair => fields
            .Where(field => !stored.TryGetValue(pair.Key, out var route) || !JsonNode.DeepEquals(route[field], pair.Value[field]))
            .Select(field => $"endpoint {pair.Key} {field}: core {(stored.TryGetValue(pair.Key, out var route) ? route[field]?.ToJsonString() : "none")}, server {pair.Value[field]?.ToJsonString()}"))];

    private static Dictionary<string, JsonObject> Routes(JsonNode? array) =>
        Objects(array).Where(r => r["name"] is not null).GroupBy(r => (string)r["name"]!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    private static IEnumerable<JsonObject> Objects(JsonNode? array) =>
        array is JsonArray items ? items.OfType<JsonObject>() : [];
}
