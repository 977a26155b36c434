using System.Text.Json.Nodes;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// Builds the registration body (POST /mediators) from the embedded mediator.json: the static
/// description stays in the file, what depends on the deployment (URN, version, where OpenHIM
/// reaches us, route credentials, config defaults) is filled in here.
/// </summary>
internal sealed class MediatorDocumentBuilder(IConfiguration configuration)
{
    private const string ResourceName = "OpenImis.Fhir.Server.OpenHim.mediator.json";

    private static readonly Lazy<string> Template = new(LoadTemplate);

    public JsonObject Build(OpenHimOptions options, string version)
    {
        var document = JsonNode.Parse(Template.Value)!.AsObject();
        document["urn"] = options.Urn;
        document["version"] = version;

        foreach (var endpoint in Objects(document["endpoints"]))
        {
            SetAddress(endpoint, options.Endpoint);
        }

        foreach (var channel in Objects(document["defaultChannelConfig"]))
        {
            foreach (var route in Objects(channel["routes"]))
            {
                SetAddress(route, options.Endpoint);
                if (options.RouteAuth.IsConfigured)
                {
                    route["username"] = options.RouteAuth.Username;
                    route["password"] = options.RouteAuth.Password;
                }
            }
        }

        document["config"] = BuildConfigDefaults(document);
        return document;
    }

    /// <summary>The names of the channels offered in defaultChannelConfig.</summary>
    public static IReadOnlyList<string> ChannelNames(JsonObject document) =>
        [.. Objects(document["defaultChannelConfig"]).Select(c => (string?)c["name"]).OfType<string>()];

    /// <summary>
    /// Defaults are the server's own current settings, so registering changes nothing by itself.
    /// A value the core would reject (an option outside its list) is left out, because one bad
    /// value fails the whole registration with 400.
    /// </summary>
    private JsonObject BuildConfigDefaults(JsonObject document)
    {
        var defaults = new JsonObject();
        foreach (var def in Objects(document["configDefs"]))
        {
            var param = (string?)def["param"];
            if (param is null || !MediatorConfigMap.Parameters.TryGetValue(param, out var setting))
            {
                continue;
            }

            var value = configuration[setting.ConfigurationKey]?.Trim();
            if (string.IsNullOrEmpty(value) || !setting.IsValid(value))
            {
                continue;
            }

            if ((string?)def["type"] == "option")
            {
                value = def["values"]?.AsArray().Select(v => (string?)v)
                    .FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
                if (value is null)
                {
                    continue;
                }
            }

            defaults[param] = value;
        }

        return defaults;
    }

    private static void SetAddress(JsonObject target, OpenHimEndpointOptions endpoint)
    {
        target["host"] = endpoint.Host;
        target["port"] = endpoint.Port;
        target["secured"] = endpoint.Secured;
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? array) =>
        array is JsonArray items ? items.OfType<JsonObject>() : [];

    private static string LoadTemplate()
    {
        using var stream = typeof(MediatorDocumentBuilder).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
