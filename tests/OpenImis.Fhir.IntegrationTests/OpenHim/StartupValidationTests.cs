using Microsoft.Extensions.Options;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

public sealed class StartupValidationTests
{
    [Fact]
    public async Task StartAsync_FailsNamingSetting_WhenEnabledWithoutApiUrl()
    {
        var settings = MediatorTestHost.Settings(new Uri("http://localhost:1"));
        settings["OpenHim:ApiUrl"] = null;

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => MediatorTestHost.StartAsync(settings));

        Assert.Contains("OpenHim:ApiUrl", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_FailsNamingSetting_WhenRouteAuthHasOnlyUsername()
    {
        var settings = new Dictionary<string, string?> { ["OpenHim:RouteAuth:Username"] = "openhim" };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => MediatorTestHost.StartAsync(settings));

        Assert.Contains("OpenHim:RouteAuth", error.Message, StringComparison.Ordinal);
    }
}
