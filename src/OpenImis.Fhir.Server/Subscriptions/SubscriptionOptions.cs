using System.ComponentModel.DataAnnotations;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>Settings of the subscription API and matcher (section <c>Subscriptions</c>, shared with the change detector).</summary>
internal sealed class SubscriptionOptions
{
    public const string SectionName = "Subscriptions";

    /// <summary>How long delivered events are kept for <c>$events</c>, and processed outbox rows, before the matcher removes them.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan EventRetention { get; set; } = TimeSpan.FromDays(7);
}
