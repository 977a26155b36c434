using Microsoft.Extensions.Logging;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

public sealed class TlsTests
{
    [Fact]
    public async Task Register_Succeeds_WhenSelfSignedCoreCertificateIsTrusted()
    {
        using var core = FakeOpenHimCore.StartWithTls();
        var settings = MediatorTestHost.Settings(core.Url);
        settings["OpenHim:TrustSelfSignedCertificate"] = "true";
        await using var host = await MediatorTestHost.StartAsync(settings);

        await Eventually.UntilAsync(() => core.Heartbeats.Count > 0, "the mediator registered over TLS");

        Assert.Equal(Uri.UriSchemeHttps, core.Url.Scheme);
    }

    [Fact]
    public async Task Register_RefusesUntrustedCertificate_ByDefault()
    {
        using var core = FakeOpenHimCore.StartWithTls();
        await using var host = await MediatorTestHost.StartAsync(MediatorTestHost.Settings(core.Url));

        await Eventually.UntilAsync(() => host.Logs.Count(LogLevel.Warning, "registration attempt") >= 2, "two registration attempts failed");

        Assert.Empty(core.Requests);
    }
}
