namespace OpenImis.Fhir.Core.State;

/// <summary>
/// One subscription (table <c>fhir.subscription</c>): an R4 criteria subscription or an R5-backport topic
/// subscription, with its channel and delivery state. The Subscription resource is built from it.
/// </summary>
public sealed class SubscriptionRecord
{
    /// <summary>The Subscription's id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The resource version, bumped by every change of the resource or its status.</summary>
    public int Version { get; set; } = 1;

    /// <summary>requested, active, error or off (<see cref="SubscriptionStatus"/>).</summary>
    public string Status { get; set; } = SubscriptionStatus.Requested;

    /// <summary>criteria (R4) or topic (R5 backport) (<see cref="SubscriptionKind"/>).</summary>
    public string Kind { get; set; } = SubscriptionKind.Criteria;

    /// <summary>The R4 criteria (<c>Claim?patient=Patient/1</c>) or the topic canonical URL.</summary>
    public string Criteria { get; set; } = string.Empty;

    /// <summary>The resource type the criteria or the topic is about.</summary>
    public string ResourceType { get; set; } = string.Empty;

    /// <summary>The backport filter criteria, one a line (ANDed); null for none.</summary>
    public string? Filters { get; set; }

    /// <summary>The channel type: rest-hook.</summary>
    public string ChannelType { get; set; } = "rest-hook";

    /// <summary>The channel endpoint URL.</summary>
    public string Endpoint { get; set; } = string.Empty;

    /// <summary>The payload MIME type; null for an R4 subscription without payload.</summary>
    public string? Payload { get; set; }

    /// <summary>The backport content level: empty, id-only or full-resource; null for R4.</summary>
    public string? Content { get; set; }

    /// <summary>The channel headers, one a line. Secret: never logged.</summary>
    public string? Headers { get; set; }

    /// <summary>The backport heartbeat period in seconds.</summary>
    public int? HeartbeatSeconds { get; set; }

    /// <summary>The backport timeout of one attempt in seconds.</summary>
    public int? TimeoutSeconds { get; set; }

    /// <summary>The backport maximum of focus resources in one notification.</summary>
    public int? MaxCount { get; set; }

    /// <summary>When the server turns the subscription off, UTC.</summary>
    public DateTime? EndAt { get; set; }

    /// <summary>The last event number given (events-since-subscription-start); never reset, never reused.</summary>
    public long EventCount { get; set; }

    /// <summary>The last delivery or handshake error.</summary>
    public string? Error { get; set; }

    /// <summary>The Subscription resource as accepted (JSON), for the elements the columns do not hold.</summary>
    public string Resource { get; set; } = string.Empty;

    /// <summary>The server's base URL when the subscription was made, for notification URLs.</summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>
    /// The client that owns it (<c>azp</c>/<c>client_id</c>, else the token's subject): the only one that sees it.
    /// Null: made without auth (Auth:Mode none).
    /// </summary>
    public string? Owner { get; set; }

    /// <summary>The owner's effective scopes (SMART v2, narrowed by its openIMIS rights) at its last write; null without auth.</summary>
    public string? OwnerScopes { get; set; }

    /// <summary>The owner's openIMIS user (<c>tblUsers.UserID</c>), if its token mapped to one.</summary>
    public int? OwnerUserId { get; set; }

    /// <summary>The owner's openIMIS login, from which its rights and districts are read again at every match.</summary>
    public string? OwnerUserName { get; set; }

    /// <summary>The owner's districts at its last write (comma-separated); null: not limited.</summary>
    public string? OwnerDistricts { get; set; }

    /// <summary>When it was made, UTC.</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>When it last changed, UTC (meta.lastUpdated).</summary>
    public DateTime UpdatedAt { get; set; }

    /// <summary>When the last notification of any kind (handshake, heartbeat, event) was sent, UTC.</summary>
    public DateTime? LastSentAt { get; set; }
}
