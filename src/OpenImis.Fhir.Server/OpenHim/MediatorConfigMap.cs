namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// Which mediator config parameter (configDefs in mediator.json) drives which server setting.
/// A parameter without an entry here is shown in the console but changes nothing.
/// </summary>
internal static class MediatorConfigMap
{
    private static readonly string[] ValidationModes = ["off", "warn", "enforce"];

    public static IReadOnlyDictionary<string, MediatorSetting> Parameters { get; } =
        new Dictionary<string, MediatorSetting>(StringComparer.Ordinal)
        {
            ["baseUrl"] = new("Fhir:BaseUrl", IsHttpUrl, "an absolute http(s) URL"),
            ["validationMode"] = new("Fhir:Validation:Mode", v => ValidationModes.Contains(v, StringComparer.OrdinalIgnoreCase), "off, warn or enforce"),
        };

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
