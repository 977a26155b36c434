using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenImis.Fhir.Server.OpenHim;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

public sealed class RegistrationTests
{
    private static async Task<JsonObject> RegisterOnceAsync(FakeOpenHimCore core, Action<Dictionary<string, string?>>? adjust = null)
    {
        var settings = MediatorTestHost.Settings(core.Url);
        adjust?.Invoke(settings);
        await using var host = await MediatorTestHost.StartAsync(settings);
        await Eventually.UntilAsync(() => core.Registrations.Count > 0, "the mediator registered");
        return core.Registrations[0].Json;
    }

    [Fact]
    public async Task Register_PostsMediatorDocument_WithRequiredFieldsAndTypes()
    {
        using var core = FakeOpenHimCore.Start();

        var mediator = await RegisterOnceAsync(core);

        Assert.Equal("urn:mediator:openimis-fhir-r4", (string?)mediator["urn"]);
        Assert.Equal(JsonValueKind.String, mediator["name"]!.GetValueKind());
        Assert.Equal(JsonValueKind.String, mediator["description"]!.GetValueKind());
        var endpoint = Assert.Single(mediator["endpoints"]!.AsArray())!;
        Assert.Equal(("openimis-fhir", JsonValueKind.Number), ((string?)endpoint["host"], endpoint["port"]!.GetValueKind()));
        Assert.Equal(JsonValueKind.Array, mediator["defaultChannelConfig"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Array, mediator["configDefs"]!.GetValueKind());
        Assert.Equal(JsonValueKind.Object, mediator["config"]!.GetValueKind());
    }

    [Fact]
    public async Task Register_SendsSemverVersionOfServerAssembly()
    {
        using var core = FakeOpenHimCore.Start();

        var mediator = await RegisterOnceAsync(core);

        var version = (string?)mediator["version"];
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", version);
        Assert.Equal(MediatorVersion.Current, version);
    }

    [Fact]
    public async Task Register_SendsServerSettingsAsConfigDefaults()
    {
        using var core = FakeOpenHimCore.Start();

        var mediator = await RegisterOnceAsync(core);

        Assert.Equal("http://localhost:8099/fhir", (string?)mediator["config"]!["baseUrl"]);
    }

    [Fact]
    public async Task Register_SendsBasicCredentialsWithoutAuthenticatePreCall_WhenAuthModeIsBasic()
    {
        using var core = FakeOpenHimCore.Start();

        await RegisterOnceAsync(core);

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("root@openhim.org:openhim-password"));
        Assert.Equal(expected, core.Registrations[0].Headers["Authorization"]);
        Assert.DoesNotContain(core.Requests, r => r.Path.StartsWith("/authenticate", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Register_FetchesSaltThenSignsWithTokenHeaders_WhenAuthModeIsToken()
    {
        using var core = FakeOpenHimCore.Start();

        await RegisterOnceAsync(core, s => s["OpenHim:AuthMode"] = "Token");

        Assert.Single(core.Where("GET", "/authenticate/root@openhim.org"));
        var headers = core.Registrations[0].Headers;
        Assert.False(headers.ContainsKey("Authorization"));
        Assert.Equal("root@openhim.org", headers["auth-username"]);
        var passwordHash = OpenHimToken.HashPassword(FakeOpenHimCore.SeededSalt, FakeOpenHimCore.Password);
        Assert.Equal(OpenHimToken.Sign(passwordHash, headers["auth-salt"], headers["auth-ts"]), headers["auth-token"]);
    }

    [Fact]
    public async Task Register_SendsIsoUtcTimestampNearCoreClock_WhenAuthModeIsToken()
    {
        using var core = FakeOpenHimCore.Start();

        await RegisterOnceAsync(core, s => s["OpenHim:AuthMode"] = "Token");

        var registration = core.Registrations[0];
        var sent = DateTimeOffset.ParseExact(registration.Headers["auth-ts"], OpenHimToken.TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        Assert.True((registration.ReceivedAt - sent).Duration() < TimeSpan.FromSeconds(10), $"auth-ts {sent:O} is outside the core's ±10 s window");
    }

    [Fact]
    public async Task Register_IsAcceptedByCore_WhenAuthModeIsToken()
    {
        using var core = FakeOpenHimCore.Start();
        var settings = MediatorTestHost.Settings(core.Url);
        settings["OpenHim:AuthMode"] = "Token";
        await using var host = await MediatorTestHost.StartAsync(settings);

        // The fake core answers heartbeats only for registered mediators with valid tokens.
        await Eventually.UntilAsync(() => core.Heartbeats.Count >= 2, "two heartbeats were accepted");

        Assert.Equal(0, host.Logs.Count(LogLevel.Warning, "401"));
    }

    [Fact]
    public async Task Register_StopsTryingWithoutStoppingHost_WhenCoreRejectsDocumentWith400()
    {
        using var core = FakeOpenHimCore.Start();
        core.RejectRegistrations = true;
        await using var host = await MediatorTestHost.StartAsync(MediatorTestHost.Settings(core.Url));
        var service = host.Services.GetServices<IHostedService>().OfType<OpenHimMediatorService>().Single();

        await Eventually.UntilAsync(() => service.ExecuteTask is { IsCompleted: true }, "the mediator service gave up");

        Assert.Single(core.Registrations);
        Assert.Equal(1, host.Logs.Count(LogLevel.Critical, "rejected the mediator registration"));
    }
}
