namespace OpenImis.Fhir.Core.State;

/// <summary>The states of an export and of its chunks.</summary>
public static class ExportStatus
{
    /// <summary>Waiting for a worker.</summary>
    public const string Queued = "queued";

    /// <summary>Being worked on.</summary>
    public const string Running = "running";

    /// <summary>Done.</summary>
    public const string Completed = "completed";

    /// <summary>Ended by an error.</summary>
    public const string Failed = "failed";

    /// <summary>Cancelled by the client (<c>DELETE</c>).</summary>
    public const string Cancelled = "cancelled";
}
