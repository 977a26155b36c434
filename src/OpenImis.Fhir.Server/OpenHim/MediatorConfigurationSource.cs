
namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// Adds the settings pushed by OpenHIM to the host configuration. Always builds the same provider,
/// so the instance the mediator writes to is the one the configuration reads.
/// </summary>
internal sealed class MediatorConfigurationSource : IConfigurationSource
{
    public MediatorConfigurationProvider Provider { get; } = new();

    public IConfigurationProvider Build(IConfigurationBuilder builder) => Provider;
}
