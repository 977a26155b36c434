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
}
