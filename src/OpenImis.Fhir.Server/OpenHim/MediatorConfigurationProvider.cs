
namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// Holds the settings last received from OpenHIM. Replacing them raises the configuration's reload
/// token, so IOptionsMonitor consumers see the change without a restart.
/// </summary>
internal sealed class MediatorConfigurationProvider : ConfigurationProvider
{
    /// <summary>Replaces all values: the core always sends the whole config object.</summary>
    public void Replace(IReadOnlyDictionary<string, string?> values)
    {
        Data = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase);
        OnReload();
    }

    public IReadOnlyDictionary<string, string?> Snapshot() => new Dictionary<string, string?>(Data, StringComparer.OrdinalIgnoreCase);
}
