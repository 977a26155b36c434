using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Server.Subscriptions.Delivery;

namespace OpenImis.Fhir.Tests.Subscriptions.Delivery;

public sealed class DueSubscriptionTests
{
    private static readonly DateTime Now = new(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);

    private static DueSubscription Row(
        string status = SubscriptionStatus.Active, string kind = SubscriptionKind.Topic, string? error = null, DateTime? end = null,
        int? heartbeat = null, DateTime? lastSent = null, long? pending = null, DateTime? pendingAt = null) =>
        new("s1", kind, status, error, end, heartbeat, lastSent, pending, pendingAt, pending is null ? null : Now.AddMinutes(-1));

    [Fact]
    public void DueAt_IsNow_WhenRequested()
    {
        Assert.Equal(Now, Row(SubscriptionStatus.Requested).DueAt(Now));
    }

    [Fact]
    public void DueAt_IsNull_WhenOffOrIdleWithoutHeartbeat()
    {
        Assert.Equal((null, null), (Row(SubscriptionStatus.Off, pending: 1).DueAt(Now), Row().DueAt(Now)));
    }

    [Fact]
    public void DueAt_IsTheFirstEventsNextAttempt_WhenEventsWait()
    {
        Assert.Equal((Now, Now.AddSeconds(8)), (Row(pending: 4).DueAt(Now), Row(pending: 4, pendingAt: Now.AddSeconds(8)).DueAt(Now)));
    }

    [Fact]
    public void DueAt_IsThePeriodAfterTheLastNotification_WhenIdleWithAHeartbeat()
    {
        Assert.Equal(Now.AddSeconds(20), Row(heartbeat: 30, lastSent: Now.AddSeconds(-10)).DueAt(Now));
    }

    [Fact]
    public void DueAt_IsTheEnd_WhenEarlierThanTheWork()
    {
        Assert.Equal(Now.AddSeconds(5), Row(heartbeat: 30, lastSent: Now, end: Now.AddSeconds(5)).DueAt(Now));
    }

    [Fact]
    public void DueAt_IsOnlyTheEnd_WhenTheHandshakeFailed()
    {
        var dormant = Row(SubscriptionStatus.Error, error: "The handshake failed: the endpoint answered 500", pending: 3, end: Now.AddHours(1));

        Assert.True(dormant.Dormant);
        Assert.Equal(Now.AddHours(1), dormant.DueAt(Now));
    }

    [Fact]
    public void DueAt_KeepsRetrying_WhenInErrorAfterAFailedNotification()
    {
        var failing = Row(SubscriptionStatus.Error, error: "Notification failed: the endpoint answered 503", pending: 3, pendingAt: Now.AddSeconds(2));

        Assert.False(failing.Dormant);
        Assert.Equal(Now.AddSeconds(2), failing.DueAt(Now));
    }
}
