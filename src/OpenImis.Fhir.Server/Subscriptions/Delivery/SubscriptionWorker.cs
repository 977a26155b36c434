using Microsoft.Extensions.Options;
using Npgsql;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.Server.Subscriptions.Delivery;

/// <summary>
/// One turn at one subscription, under its lease: activates it (handshake), turns it off at <c>end</c>, sends its
/// waiting events strictly in event-number order (one notification in flight; event N+1 never leaves before N is
/// acknowledged or expired) and its heartbeat, until nothing more is due now. A failed attempt ends the turn: the
/// events wait their backoff in the database, where any process finds them.
/// </summary>
internal sealed class SubscriptionWorker(
    SubscriberClient client,
    NotificationRequests requests,
    IOptionsMonitor<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<SubscriptionWorker> logger)
{
    private const int MaxStepsPerTurn = 100;
    private static readonly TimeSpan MaxTurn = TimeSpan.FromSeconds(5);

    /// <summary>Works on <paramref name="id"/>; answers whether the turn could be taken (false: another process holds it).</summary>
    public async Task<bool> RunAsync(string connectionString, string id, CancellationToken cancellationToken)
    {
        await using var lease = await SubscriptionLease.TryTakeAsync(connectionString, id, cancellationToken);
        if (lease is null)
        {
            return false;
        }

        // Bounded in notifications and in time, so that a subscription with an endless stream of events (or a slow
        // subscriber) hands its slot back and the subscriptions waiting for a slot get their turn.
        var started = clock.GetTimestamp();
        for (var step = 0; step < MaxStepsPerTurn && clock.GetElapsedTime(started) < MaxTurn && await StepAsync(lease.Connection, id, cancellationToken); step++)
        {
        }

        return true;
    }

    // One notification (or one state change); true when there may be more to do now.
    private async Task<bool> StepAsync(NpgsqlConnection connection, string id, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var (subscription, events) = await DeliverySql.ReadAsync(connection, id, settings.DefaultMaxCount, cancellationToken);
        var now = Now();
        if (subscription is null || subscription.Status == SubscriptionStatus.Off)
        {
            return false;
        }

        if (subscription.EndAt is { } end && end <= now)
        {
            await DeliverySql.OffAsync(connection, id, now, cancellationToken);
            logger.LogInformation("Subscription {Id} reached its end and is off", id);
            return false;
        }

        if (subscription.Status == SubscriptionStatus.Requested)
        {
            return await ActivateAsync(connection, subscription, settings, cancellationToken);
        }

        var state = new DueSubscription(id, subscription.Kind, subscription.Status, subscription.Error, subscription.EndAt,
            subscription.HeartbeatSeconds, subscription.LastSentAt, events.Count > 0 ? events[0].EventNumber : null,
            events.Count > 0 ? events[0].NextAttemptAt : null, events.Count > 0 ? events[0].OccurredAt : null);
        if (state.Dormant)
        {
            return false;
        }

        if (events.Count > 0)
        {
            if ((events[0].NextAttemptAt ?? now) > now)
            {
                return false;
            }

            if (events[0].OccurredAt < now - settings.RetryHorizon)
            {
                var expired = await DeliverySql.ExpireAsync(connection, id, now - settings.RetryHorizon, now, settings.RetryHorizon, cancellationToken);
                logger.LogWarning("Subscription {Id}: {Count} event(s) passed the retry horizon undelivered and are kept for $events only", id, expired);
                return true;
            }

            return await SendEventsAsync(connection, subscription, events, settings, cancellationToken);
        }

        if (state.DueAt(now) is { } due && due <= now && subscription.Kind == SubscriptionKind.Topic && subscription.HeartbeatSeconds is not null)
        {
            var error = await SendTopicAsync(subscription, NotificationType.Heartbeat, [], settings, cancellationToken);
            await DeliverySql.HeartbeatAsync(connection, id, Now(), error is null ? null : DeliveryErrors.NotificationFailed + error, cancellationToken);
            Log(id, "heartbeat", error);
        }

        return false;
    }

    // Topic subscriptions: the handshake decides active or error. R4 criteria subscriptions have no handshake in
    // 4.0.1 (its only ping is the websocket one): they are active once accepted, and their first notification tells.
    private async Task<bool> ActivateAsync(NpgsqlConnection connection, SubscriptionRecord subscription, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        if (subscription.Kind != SubscriptionKind.Topic)
        {
            await DeliverySql.MoveAsync(connection, subscription.Id, SubscriptionStatus.Requested, SubscriptionStatus.Active, null, Now(), false, cancellationToken);
            logger.LogInformation("Subscription {Id} is active", subscription.Id);
            return true;
        }

        var error = await SendTopicAsync(subscription, NotificationType.Handshake, [], settings, cancellationToken);
        var to = error is null ? SubscriptionStatus.Active : SubscriptionStatus.Error;
        await DeliverySql.MoveAsync(connection, subscription.Id, SubscriptionStatus.Requested, to,
            error is null ? null : DeliveryErrors.HandshakeFailed + error, Now(), true, cancellationToken);
        Log(subscription.Id, "handshake", error);
        return error is null;
    }

    private async Task<bool> SendEventsAsync(
        NpgsqlConnection connection, SubscriptionRecord subscription, List<SubscriptionEvent> events, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        string? error;
        List<SubscriptionEvent> sent;
        if (subscription.Kind == SubscriptionKind.Topic)
        {
            sent = events;
            error = await SendTopicAsync(subscription, NotificationType.EventNotification, sent, settings, cancellationToken);
        }
        else
        {
            sent = [events[0]];
            error = await SendCriteriaAsync(subscription, events[0], settings, cancellationToken);
        }

        var numbers = sent.Select(e => e.EventNumber).ToArray();
        var now = Now();
        if (error is null)
        {
            await DeliverySql.DeliveredAsync(connection, subscription.Id, numbers, now, cancellationToken);
            if (subscription.Status == SubscriptionStatus.Error)
            {
                logger.LogInformation("Subscription {Id} is active again: event {Number} was delivered", subscription.Id, numbers[0]);
            }

            return true;
        }

        var next = now + Backoff.After(sent[0].Attempts + 1, settings.BackoffBase, settings.BackoffCap, Random.Shared.NextDouble());
        await DeliverySql.FailedAsync(connection, subscription.Id, numbers, now, next, DeliveryErrors.NotificationFailed + error, cancellationToken);
        Log(subscription.Id, $"event {numbers[0]}", error);
        return false;
    }

    private async Task<string?> SendTopicAsync(
        SubscriptionRecord subscription, string type, IReadOnlyList<SubscriptionEvent> events, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        HttpRequestMessage request;
        try
        {
            request = await requests.TopicAsync(subscription, type, events, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Subscription {Id}: the {Type} notification could not be built", subscription.Id, type);
            return "the notification could not be built: " + ex.Message;
        }

        using (request)
        {
            return await client.SendAsync(request, subscription.Endpoint, subscription.Headers, Timeout(subscription, settings), cancellationToken);
        }
    }

    private async Task<string?> SendCriteriaAsync(SubscriptionRecord subscription, SubscriptionEvent change, DeliveryOptions settings, CancellationToken cancellationToken)
    {
        using var request = await requests.CriteriaAsync(subscription, change, cancellationToken);
        return request is null
            ? null
            : await client.SendAsync(request, subscription.Endpoint, subscription.Headers, Timeout(subscription, settings), cancellationToken);
    }

    private static TimeSpan Timeout(SubscriptionRecord subscription, DeliveryOptions settings) =>
        subscription.TimeoutSeconds is { } seconds and > 0 ? TimeSpan.FromSeconds(seconds) : settings.DefaultTimeout;

    private void Log(string id, string what, string? error)
    {
        if (error is null)
        {
            logger.LogDebug("Subscription {Id}: {What} acknowledged", id, what);
        }
        else
        {
            logger.LogWarning("Subscription {Id}: {What} failed: {Error}", id, what, error);
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
