using System.Text.Json.Nodes;

namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// Installs the mediator's default channels that the core does not have yet, looked up by name:
/// POST /mediators/{urn}/channels creates duplicates when called twice, and a channel an admin has
/// since edited must keep the admin's edits.
/// </summary>
internal sealed class OpenHimChannelInstaller(ILogger<OpenHimChannelInstaller> logger)
{
    public async Task EnsureInstalledAsync(OpenHimApiClient client, JsonObject mediator, CancellationToken cancellationToken)
    {
        var offered = MediatorDocumentBuilder.ChannelNames(mediator);
        var existing = await client.GetChannelNamesAsync(cancellationToken);
        var missing = offered.Where(name => !existing.Contains(name)).ToList();
        if (missing.Count == 0)
        {
            logger.LogDebug("OpenHIM channels already present: {Channels}", string.Join(", ", offered));
            return;
        }

        await client.InstallChannelsAsync(missing, cancellationToken);
        logger.LogInformation("Installed OpenHIM channels: {Channels}", string.Join(", ", missing));
    }
}
