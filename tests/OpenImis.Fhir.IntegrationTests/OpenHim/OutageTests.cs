using Microsoft.Extensions.Logging;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

public sealed class OutageTests
{
    [Fact]
    public async Task Register_SucceedsAfterRecovery_WhenCoreRefusedConnectionsAtStart()
    {
        var port = FakeOpenHimCore.FreePort();
        await using var host = await MediatorTestHost.StartAsync(MediatorTestHost.Settings(new Uri($"http://localhost:{port}")));
        await Eventually.UntilAsync(() => host.Logs.Count(LogLevel.Warning, "registration attempt") >= 3, "three registration attempts failed");

        using var core = FakeOpenHimCore.StartOn(port);

        await Eventually.UntilAsync(() => core.Heartbeats.Count > 0, "the mediator registered and heartbeated");
        Assert.NotEmpty(core.Registrations);
    }

    [Fact]
    public async Task Register_SucceedsAfterRecovery_WhenCoreAnswered503ForAWhile()
    {
        using var core = FakeOpenHimCore.Start();
        core.OutageStatus = 503;
        await using var host = await MediatorTestHost.StartAsync(MediatorTestHost.Settings(core.Url));
        await Eventually.UntilAsync(() => core.Registrations.Count >= 3, "three registrations met the outage");

        core.OutageStatus = null;

        await Eventually.UntilAsync(() => core.Heartbeats.Count > 0, "the mediator registered and heartbeated");
    }

    [Fact]
    public async Task Heartbeat_ResumesWithoutReRegistering_WhenCoreWasBrieflyUnavailable()
    {
        using var core = FakeOpenHimCore.Start();
        await using var host = await MediatorTestHost.StartAsync(MediatorTestHost.Settings(core.Url));
        await Eventually.UntilAsync(() => core.Heartbeats.Count > 0, "the first heartbeat");
        core.OutageStatus = 503;
        var beatsBefore = core.Heartbeats.Count;
        await Eventually.UntilAsync(() => host.Logs.Count(LogLevel.Warning, "heartbeat failed") >= 2, "two heartbeats failed");

        core.OutageStatus = null;

        await Eventually.UntilAsync(() => core.Heartbeats.Count > beatsBefore + 3, "heartbeats resumed");
        Assert.Single(core.Registrations);
    }
}
