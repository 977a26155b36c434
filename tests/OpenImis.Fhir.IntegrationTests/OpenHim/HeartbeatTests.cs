using System.Text.Json.Nodes;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

public sealed class HeartbeatTests
{
    [Fact]
    public async Task Heartbeat_AsksForConfigFirst_ThenBeatsWithUptimeOnly()
    {
        using var core = FakeOpenHimCore.Start();
        await using var host = await MediatorTestHost.StartAsync(MediatorTestHost.Settings(core.Url));

        await Eventually.UntilAsync(() => core.Heartbeats.Count >= 3, "three heartbeats");

        var beats = core.Heartbeats.Select(b => b.Json).ToList();
        Assert.True((bool?)beats[0]["config"]);
        Assert.All(beats.Skip(1), b => Assert.False(b.ContainsKey("config")));
    }

    [Fact]
    public async Task Heartbeat_ReportsGrowingProcessUptimeInSeconds()
    {
        using var core = FakeOpenHimCore.Start();
        await using var host = await MediatorTestHost.StartAsync(MediatorTestHost.Settings(core.Url));

        await Eventually.UntilAsync(() => core.Heartbeats.Count >= 3, "three heartbeats");

        var uptimes = core.Heartbeats.Take(3).Select(b => b.Json["uptime"]!.GetValue<double>()).ToList();
        Assert.True(uptimes[0] > 0);
        Assert.True(uptimes[0] < uptimes[1] && uptimes[1] < uptimes[2], $"uptimes {string.Join(", ", uptimes)} do not grow");
    }

    [Fact]
    public async Task Heartbeat_KeepsConfiguredInterval_BetweenBeats()
    {
        using var core = FakeOpenHimCore.Start();
        await using var host = await MediatorTestHost.StartAsync(MediatorTestHost.Settings(core.Url));

        await Eventually.UntilAsync(() => core.Heartbeats.Count >= 5, "five heartbeats at a 200 ms interval");

        // A lower bound only: a loaded machine can make beats late, never early. The next beat leaves
        // one interval after the previous answer, which the core sent after receiving the beat.
        var beats = core.Heartbeats.Take(5).Select(b => b.ReceivedAt).ToList();
        var gaps = beats.Zip(beats.Skip(1), (a, b) => (b - a).TotalMilliseconds).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= 195, $"heartbeats {gap:F0} ms apart, interval is 200 ms"));
    }

    [Fact]
    public async Task Heartbeat_AppliesConfigLive_WhenFirstBeatReturnsIt()
    {
        using var core = FakeOpenHimCore.Start();
        core.Config = new JsonObject { ["baseUrl"] = "https://him.example.org:5000/fhir", ["validationMode"] = "enforce" };
        await using var host = await MediatorTestHost.StartAsync(MediatorTestHost.Settings(core.Url));

        await Eventually.UntilAsync(() => host.FhirOptions.BaseUrl == "https://him.example.org:5000/fhir", "IOptionsMonitor saw the new base URL");

        Assert.Equal("enforce", host.FhirOptions.Validation.Mode);
    }

    [Fact]
    public async Task Heartbeat_AppliesConfigLive_WhenAdminChangesItLater()
    {
        using var core = FakeOpenHimCore.Start();
        await using var host = await MediatorTestHost.StartAsync(MediatorTestHost.Settings(core.Url));
        await Eventually.UntilAsync(() => core.Heartbeats.Count >= 2, "two heartbeats");

        core.ChangeConfig(new JsonObject { ["baseUrl"] = "https://him.example.org/other/fhir" });

        await Eventually.UntilAsync(() => host.FhirOptions.BaseUrl == "https://him.example.org/other/fhir", "IOptionsMonitor saw the changed base URL");
    }

    [Fact]
    public async Task Heartbeat_ReRegistersAndAsksForConfigAgain_WhenCoreAnswers404()
    {
        using var core = FakeOpenHimCore.Start();
        await using var host = await MediatorTestHost.StartAsync(MediatorTestHost.Settings(core.Url));
        await Eventually.UntilAsync(() => core.Heartbeats.Count >= 2, "two heartbeats");

        core.Forget();

        await Eventually.UntilAsync(() => core.Registrations.Count == 2, "the mediator registered again");
        await Eventually.UntilAsync(
            () => core.Heartbeats.Count(b => b.ReceivedAt > core.Registrations[1].ReceivedAt && (bool?)b.Json["config"] == true) == 1,
            "the first heartbeat after re-registration asked for config");
    }

    [Fact]
    public async Task Heartbeat_FetchesSaltAgain_WhenCoreRejectsCachedTokenCredentials()
    {
        using var core = FakeOpenHimCore.Start();
        var settings = MediatorTestHost.Settings(core.Url);
        settings["OpenHim:AuthMode"] = "Token";
        await using var host = await MediatorTestHost.StartAsync(settings);
        await Eventually.UntilAsync(() => core.Heartbeats.Count > 0, "the first heartbeat");

        core.ResetPasswordSalt();

        await Eventually.UntilAsync(() => core.Heartbeats.Any(b => b.Status == 401), "a heartbeat was rejected");
        await Eventually.UntilAsync(() => core.Heartbeats[^1].Status == 200, "heartbeats were accepted again");
        Assert.Equal(2, core.Where("GET", "/authenticate/root@openhim.org").Count);
    }
}
