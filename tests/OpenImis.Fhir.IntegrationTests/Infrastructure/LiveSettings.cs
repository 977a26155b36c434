using Microsoft.Extensions.Configuration;

namespace OpenImis.Fhir.IntegrationTests.Infrastructure;

/// <summary>
/// A configuration source a test can change while the server runs, as OpenHIM's live configuration does: the last
/// source added, so its values win, and a change fires the reload that IOptionsMonitor listens to.
/// </summary>
public sealed class LiveSettings : ConfigurationProvider, IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    public new void Set(string key, string? value)
    {
        Data[key] = value;
        OnReload();
    }
}
