using System.ComponentModel.DataAnnotations;

namespace OpenImis.Fhir.Server.Audit;

/// <summary>The audit trail (section <c>Audit</c>): recording, batching, retention.</summary>
internal sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>Record AuditEvents; unset: on when <c>Auth:Mode</c> is not none.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Events waiting for the writer; beyond it new events are dropped and counted.</summary>
    [Range(100, 10_000_000)]
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>Most events written in one batch.</summary>
    [Range(1, 100_000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>Longest an event waits in the queue before its batch is written.</summary>
    [Range(10, 60_000)]
    public int FlushMilliseconds { get; set; } = 500;

    /// <summary>Days an event is kept; 0 keeps them for ever.</summary>
    [Range(0, 36_500)]
    public int RetentionDays { get; set; } = 365;

    /// <summary>Seconds between two retention passes.</summary>
    [Range(1, 86_400)]
    public int RetentionIntervalSeconds { get; set; } = 3600;

    /// <summary>Events one retention statement deletes, so that a large backlog never holds one long lock.</summary>
    [Range(1, 1_000_000)]
    public int RetentionBatch { get; set; } = 5000;

    /// <summary>The <c>source.observer</c> and ATNA <c>AuditSourceID</c>; unset: the machine name.</summary>
    public string? SourceId { get; set; }

    /// <summary>The <c>source.site</c> and ATNA <c>AuditEnterpriseSiteID</c>; unset: none.</summary>
    public string? Site { get; set; }

    /// <summary>Forwarding to an ATNA audit repository (OpenHIM).</summary>
    public AtnaOptions Atna { get; set; } = new();

    public bool IsEnabled(bool authOn) => Enabled ?? authOn;
}
