using System.Net;
using Microsoft.Extensions.Logging;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

public sealed class ApiAvailabilityTests
{
    [Fact]
    public async Task Api_KeepsServing_WhileCoreIsUnreachableAndAfterItRecovers()
    {
        var port = FakeOpenHimCore.FreePort();
        var statuses = new List<HttpStatusCode>();
        await using var api = await FakeFhirApi.StartAsync(MediatorTestHost.Settings(new Uri($"http://localhost:{port}")));

        async Task<bool> ServedAndAsync(Func<bool> condition)
        {
            using var response = await api.Client.GetAsync(new Uri("/fhir/metadata", UriKind.Relative));
            statuses.Add(response.StatusCode);
            return condition();
        }

        var deadline = DateTimeOffset.UtcNow + Eventually.DefaultTimeout;
        while (!await ServedAndAsync(() => api.Logs.Count(LogLevel.Warning, "registration attempt") >= 3) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        using var core = FakeOpenHimCore.StartOn(port);
        while (!await ServedAndAsync(() => core.Heartbeats.Count > 0) && DateTimeOffset.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.NotEmpty(core.Heartbeats);
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }
}
