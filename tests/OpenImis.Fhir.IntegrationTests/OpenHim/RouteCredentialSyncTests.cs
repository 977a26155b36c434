using System.Text.Json.Nodes;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

/// <summary>The core ignores a registration of a version it has: the server pushes changed route settings itself.</summary>
public sealed class RouteCredentialSyncTests
{
    private static Dictionary<string, string?> Settings(FakeOpenHimCore core, string password, int port)
    {
        var settings = MediatorTestHost.Settings(core.Url);
        settings["OpenHim:InstallChannels"] = "true";
        settings["OpenHim:RouteAuth:Username"] = "openhim";
        settings["OpenHim:RouteAuth:Password"] = password;
        settings["OpenHim:Endpoint:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return settings;
    }

    private static async Task RunUntilHeartbeatAsync(FakeOpenHimCore core, Dictionary<string, string?> settings)
    {
        var before = core.Heartbeats.Count;
        await using var host = await MediatorTestHost.StartAsync(settings);
        await Eventually.UntilAsync(() => core.Heartbeats.Count > before, "the mediator registered and heartbeated");
    }

    [Fact]
    public async Task Register_UpdatesTheChannelRoute_WhenTheSameVersionComesBackWithNewCredentials()
    {
        using var core = FakeOpenHimCore.Start();
        await RunUntilHeartbeatAsync(core, Settings(core, "old-route-secret", 8099));

        await RunUntilHeartbeatAsync(core, Settings(core, "new-route-secret", 8100));

        var channel = core.ChannelDocuments.Single();
        var route = channel["routes"]!.AsArray().OfType<JsonObject>().Single();
        Assert.Equal("new-route-secret", (string?)route["password"]);
        Assert.Equal(8100, (int?)route["port"]);
        Assert.Single(core.Where("PUT", $"/channels/{(string?)channel["_id"]}"));
        Assert.NotEmpty(core.Where("GET", "/mediators/urn:mediator:openimis-fhir-r4"));
    }

    [Fact]
    public async Task Register_LeavesTheChannelAlone_WhenNothingChanged()
    {
        using var core = FakeOpenHimCore.Start();
        await RunUntilHeartbeatAsync(core, Settings(core, "same-route-secret", 8099));

        await RunUntilHeartbeatAsync(core, Settings(core, "same-route-secret", 8099));

        Assert.DoesNotContain(core.Requests, r => r.Method == "PUT");
    }
}
