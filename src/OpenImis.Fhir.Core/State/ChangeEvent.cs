namespace OpenImis.Fhir.Core.State;

/// <summary>
/// One change of one resource (table <c>fhir.change_event</c>, the outbox): written in the same transaction as a
/// FHIR write, or by the change detector for a write the openIMIS application made in the database. The matcher
/// turns unprocessed rows into <see cref="SubscriptionEvent"/>s and stamps <see cref="ProcessedAt"/>.
/// </summary>
public sealed class ChangeEvent
{
    /// <summary>Identity. Not a commit order: a long transaction commits late with a small number.</summary>
    public long Seq { get; set; }

    /// <summary>The changed resource's type.</summary>
    public string ResourceType { get; set; } = string.Empty;

    /// <summary>The changed resource's id.</summary>
    public string ResourceId { get; set; } = string.Empty;

    /// <summary>The version written, if known.</summary>
    public string? VersionId { get; set; }

    /// <summary>create, update or delete (<see cref="ChangeAction"/>).</summary>
    public string Action { get; set; } = ChangeAction.Update;

    /// <summary>When the change happened, UTC.</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>fhir (through this server) or database (found by the change detector).</summary>
    public string Origin { get; set; } = "fhir";

    /// <summary>When the matcher handled it, UTC; null while pending.</summary>
    public DateTime? ProcessedAt { get; set; }
}
