namespace OpenImis.Fhir.IntegrationTests.OpenHim;

public sealed class ChannelInstallTests
{
    private static Dictionary<string, string?> Settings(FakeOpenHimCore core, bool install = true)
    {
        var settings = MediatorTestHost.Settings(core.Url);
        settings["OpenHim:InstallChannels"] = install ? "true" : "false";
        return settings;
    }

    private static async Task RunUntilHeartbeatAsync(FakeOpenHimCore core)
    {
        var before = core.Heartbeats.Count;
        await using var host = await MediatorTestHost.StartAsync(Settings(core));
        await Eventually.UntilAsync(() => core.Heartbeats.Count > before, "the mediator registered and heartbeated");
    }

    [Fact]
    public async Task InstallChannels_InstallsOfferedChannel_WhenCoreHasNone()
    {
        using var core = FakeOpenHimCore.Start();

        await RunUntilHeartbeatAsync(core);

        Assert.Equal(["openIMIS FHIR R4"], core.Channels);
        Assert.Equal("""["openIMIS FHIR R4"]""", core.Where("POST", "/mediators/urn:mediator:openimis-fhir-r4/channels").Single().Body);
    }

    [Fact]
    public async Task InstallChannels_InstallsOnce_AcrossRestarts()
    {
        using var core = FakeOpenHimCore.Start();

        await RunUntilHeartbeatAsync(core);
        await RunUntilHeartbeatAsync(core);

        Assert.Equal(2, core.Registrations.Count);
        Assert.Single(core.Channels);
    }

    [Fact]
    public async Task InstallChannels_InstallsOnce_AcrossReRegistration()
    {
        using var core = FakeOpenHimCore.Start();
        await using var host = await MediatorTestHost.StartAsync(Settings(core));
        await Eventually.UntilAsync(() => core.Heartbeats.Count > 0, "the first heartbeat");

        core.Forget();

        await Eventually.UntilAsync(() => core.Registrations.Count == 2, "the mediator registered again");
        await Eventually.UntilAsync(() => core.Heartbeats.Any(b => b.ReceivedAt > core.Registrations[1].ReceivedAt), "heartbeats resumed");
        Assert.Single(core.Channels);
    }

    [Fact]
    public async Task InstallChannels_DoesNothing_WhenSwitchedOff()
    {
        using var core = FakeOpenHimCore.Start();
        await using var host = await MediatorTestHost.StartAsync(Settings(core, install: false));

        await Eventually.UntilAsync(() => core.Heartbeats.Count > 0, "the first heartbeat");

        Assert.Empty(core.Where("GET", "/channels"));
        Assert.Empty(core.Channels);
    }
}
