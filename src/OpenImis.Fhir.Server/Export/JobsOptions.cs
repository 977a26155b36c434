using System.ComponentModel.DataAnnotations;

namespace OpenImis.Fhir.Server.Export;

/// <summary>Background jobs (bulk export), bound to <c>Jobs</c>.</summary>
internal sealed class JobsOptions
{
    public const string SectionName = "Jobs";

    /// <summary>Whether this process runs jobs; off for an API-only process (it still enqueues them).</summary>
    public bool Worker { get; set; } = true;

    [Range(1, 64)]
    public int WorkerCount { get; set; } = 2;

    /// <summary>
    /// How long a job taken by a worker that died stays invisible before another worker takes it (PostgreSQL storage;
    /// slid forward while the job runs). Hangfire's default is 30 minutes.
    /// </summary>
    [Range(5, 3600)]
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>
    /// Whether a worker runs the export path over the first rows of each type after start-up (niced, in the
    /// background), so that the first export does not pay for compiling it.
    /// </summary>
    public bool WarmUp { get; set; } = true;

    /// <summary>Whether the read-only Hangfire dashboard is served at <c>/jobs</c>. Closed by default.</summary>
    public bool Dashboard { get; set; }

    /// <summary>Where export files are written; API and worker processes must share it. Relative to the server's folder.</summary>
    [Required]
    public string ExportDirectory { get; set; } = "exports";

    /// <summary>How long a completed export's files stay, in minutes.</summary>
    [Range(1, 100_000)]
    public int RetentionMinutes { get; set; } = 60;

    /// <summary>About how many resources one chunk job (one file) takes.</summary>
    [Range(1, 1_000_000)]
    public int ResourcesPerFile { get; set; } = 10_000;

    /// <summary>The Retry-After seconds a status answer in progress asks for.</summary>
    [Range(1, 120)]
    public int RetryAfterSeconds { get; set; } = 2;

    /// <summary>Exports one client may have queued or running at once; one more answers 429 (Bulk Data 2.0.0 §1.5).</summary>
    [Range(1, 1000)]
    public int MaxExportsPerClient { get; set; } = 1;

    /// <summary>Exports queued or running at once over all clients; one more answers 429.</summary>
    [Range(1, 10_000)]
    public int MaxConcurrentExports { get; set; } = 4;

    /// <summary>
    /// Status requests one client may make for one export in a sliding minute; more answer 429. It must leave room for
    /// a client that waits <see cref="RetryAfterSeconds"/> between polls (checked at start-up).
    /// </summary>
    [Range(1, 100_000)]
    public int MaxStatusPollsPerMinute { get; set; } = 120;

    /// <summary>How long a job keeps retrying while the database is unreachable before the export is failed.</summary>
    [Range(1, 3600)]
    public int DatabaseRetrySeconds { get; set; } = 240;

    /// <summary>
    /// How long an export step may make no progress (no batch of lines written, no chunk completed) before the
    /// watchdog cancels it and enqueues it again; also how long a whole export may go without progress before its
    /// pending steps are enqueued again. A chunk beats every 1,000 lines, so this bounds the time one batch may take.
    /// </summary>
    [Range(2, 86_400)]
    public int StallTimeoutSeconds { get; set; } = 90;

    /// <summary>
    /// How many restarts without progress (an attempt cancelled as stalled, an export's lost steps enqueued again) an
    /// export gets: one more fails it (500 with an OperationOutcome at the status URL), about (this + 1) ×
    /// <see cref="StallTimeoutSeconds"/> after its last progress (4.5 minutes by default).
    /// </summary>
    [Range(0, 1000)]
    public int StallRestarts { get; set; } = 2;

    /// <summary>Seconds between two runs of the cleanup of expired, cancelled and failed exports' files and rows.</summary>
    [Range(1, 86_400)]
    public int CleanupIntervalSeconds { get; set; } = 60;

    /// <summary>Whether a client that waits <see cref="RetryAfterSeconds"/> between polls stays within <see cref="MaxStatusPollsPerMinute"/>, with a margin of two.</summary>
    public bool PollLimitFitsRetryAfter => MaxStatusPollsPerMinute >= 2 * 60 / RetryAfterSeconds;
}
