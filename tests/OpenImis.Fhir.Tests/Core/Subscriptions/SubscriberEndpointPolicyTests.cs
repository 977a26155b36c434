using System.Net;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.Tests.Core.Subscriptions;

public sealed class SubscriberEndpointPolicyTests
{
    private static SubscriberEndpointPolicy Policy(bool allowHttp = false, bool allowPrivate = false)
    {
        var options = new SubscriberEndpointOptions { AllowHttp = allowHttp, AllowPrivateEndpoints = allowPrivate };
        return new SubscriberEndpointPolicy(new StaticMonitor(options));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.16.0.1")]
    [InlineData("172.31.255.255")]
    [InlineData("192.168.1.1")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void IsInternal_AnswersTrue_WhenAddressIsNotPublic(string address)
    {
        Assert.True(SubscriberEndpointPolicy.IsInternal(IPAddress.Parse(address)));
    }

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("172.32.0.1")]
    [InlineData("100.128.0.1")]
    [InlineData("2001:4860:4860::8888")]
    public void IsInternal_AnswersFalse_WhenAddressIsPublic(string address)
    {
        Assert.False(SubscriberEndpointPolicy.IsInternal(IPAddress.Parse(address)));
    }

    [Fact]
    public async Task RefusalAsync_RefusesHttp_WhenHttpIsNotAllowed()
    {
        Assert.Contains("AllowHttp", await Policy().RefusalAsync("http://8.8.8.8/hook", CancellationToken.None), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusalAsync_RefusesLoopbackLiteral_WhenPrivateEndpointsAreNotAllowed()
    {
        Assert.Contains("AllowPrivateEndpoints", await Policy().RefusalAsync("https://127.0.0.1:8443/hook", CancellationToken.None), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusalAsync_Accepts_WhenPublicHttpsLiteral()
    {
        Assert.Null(await Policy().RefusalAsync("https://8.8.8.8/hook", CancellationToken.None));
    }

    [Fact]
    public async Task RefusalAsync_AcceptsLoopbackHttp_WhenBothAreAllowed()
    {
        Assert.Null(await Policy(allowHttp: true, allowPrivate: true).RefusalAsync("http://127.0.0.1:9000/hook", CancellationToken.None));
    }

    [Theory]
    [InlineData("ftp://8.8.8.8/hook")]
    [InlineData("hook")]
    [InlineData("https://user:pw@8.8.8.8/hook")]
    public async Task RefusalAsync_Refuses_WhenUrlIsNotUsable(string endpoint)
    {
        Assert.NotNull(await Policy(allowHttp: true).RefusalAsync(endpoint, CancellationToken.None));
    }

    private sealed class StaticMonitor(SubscriberEndpointOptions value) : IOptionsMonitor<SubscriberEndpointOptions>
    {
        public SubscriberEndpointOptions CurrentValue => value;

        public SubscriberEndpointOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<SubscriberEndpointOptions, string?> listener) => null;
    }
}
