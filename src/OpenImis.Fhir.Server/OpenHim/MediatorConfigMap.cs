namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// Which mediator config parameter (configDefs in mediator.json) drives which server setting.
/// A parameter without an entry here is shown in the console but changes nothing.
/// </summary>
internal static class MediatorConfigMap
{
    public static IReadOnlyDictionary<string, string> ParameterToConfigurationKey { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["baseUrl"] = "Fhir:BaseUrl",
            ["validationMode"] = "Fhir:Validation:Mode",
        };
}
