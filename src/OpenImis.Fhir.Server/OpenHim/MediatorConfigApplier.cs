using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>Turns a config object received from the core into server settings, live.</summary>
internal sealed class MediatorConfigApplier(MediatorConfigurationProvider provider, ILogger<MediatorConfigApplier> logger)
{
    /// <summary>
    /// Replaces the settings pushed by OpenHIM with <paramref name="config"/>. Empty values are left
    /// out, so an admin clearing a field in the console falls back to the server's own setting.
    /// </summary>
    public void Apply(JsonObject config)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var ignored = new List<string>();
        foreach (var (param, node) in config)
        {
            if (!MediatorConfigMap.Parameters.TryGetValue(param, out var setting))
            {
                ignored.Add(param);
                continue;
            }

            var value = AsText(node)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (setting.IsValid(value))
            {
                values[setting.ConfigurationKey] = value;
            }
            else
            {
                logger.LogWarning(
                    "Ignored mediator config {Parameter}={Value} from OpenHIM: expected {Expected}; the server setting applies",
                    param, value, setting.Expected);
            }
        }

        var previous = provider.Snapshot();
        if (previous.Count == values.Count && values.All(v => previous.TryGetValue(v.Key, out var old) && old == v.Value))
        {
            logger.LogDebug("OpenHIM mediator config received, unchanged");
            return;
        }

        provider.Replace(values);
        logger.LogInformation(
            "Applied mediator config from OpenHIM: {Settings}; ignored parameters without a setting: {Ignored}",
            values.Count == 0 ? "(none, server settings apply)" : string.Join(", ", values.Select(v => $"{v.Key}={v.Value}")),
            ignored.Count == 0 ? "(none)" : string.Join(", ", ignored));
    }

    private static string? AsText(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        JsonValue value when value.GetValueKind() is JsonValueKind.True or JsonValueKind.False => value.GetValue<bool>() ? "true" : "false",
        JsonValue value when value.GetValueKind() == JsonValueKind.Number => value.GetValue<double>().ToString(CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
