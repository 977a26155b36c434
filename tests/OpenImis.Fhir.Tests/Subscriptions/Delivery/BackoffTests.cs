using OpenImis.Fhir.Server.Subscriptions.Delivery;

namespace OpenImis.Fhir.Tests.Subscriptions.Delivery;

public sealed class BackoffTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Cap = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData(1, 1000)]
    [InlineData(2, 2000)]
    [InlineData(3, 4000)]
    [InlineData(6, 32000)]
    public void After_DoublesFromTheBase_WhenBelowTheCap(int failures, double expected)
    {
        Assert.Equal(expected, Backoff.After(failures, Base, Cap, 0.5).TotalMilliseconds, 3);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(40)]
    [InlineData(int.MaxValue)]
    public void After_StaysAtTheCap_WhenFailuresGoOn(int failures)
    {
        Assert.Equal(Cap, Backoff.After(failures, Base, Cap, 1));
    }

    [Fact]
    public void After_StaysWithinTenPercent_WhateverTheJitter()
    {
        Assert.Equal((3600d, 4400d), (Math.Round(Backoff.After(3, Base, Cap, 0).TotalMilliseconds), Math.Round(Backoff.After(3, Base, Cap, 1).TotalMilliseconds)));
    }
}
