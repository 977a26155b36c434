using System.ComponentModel.DataAnnotations;

namespace OpenImis.Fhir.Core.Subscriptions;

/// <summary>The change detector's settings (section <c>Subscriptions</c>).</summary>
public sealed class ChangeDetectorOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Subscriptions";

    /// <summary>Whether this process runs the detector (any number may: one runs a pass at a time).</summary>
    public bool DetectorEnabled { get; set; } = true;

    /// <summary>The time between two passes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan DetectorInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How far behind the commit watermark the cursor stays, read again every pass (duplicates are skipped): covers the
    /// difference between the database clock and the clocks that wrote <c>ValidityFrom</c>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan DetectorOverlap { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most changes read per type in one pass; more are read by the next pass, at once.</summary>
    [Range(10, 100_000)]
    public int DetectorBatch { get; set; } = 5000;

    /// <summary>The longest pause after failed passes (a database outage): the pause doubles up to it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan DetectorMaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
}
