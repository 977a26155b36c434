namespace OpenImis.Fhir.Core.State;

/// <summary>One part of an export: one type's key range, written as one NDJSON file (table <c>fhir.export_chunk</c>).</summary>
public sealed class ExportChunk
{
    /// <summary>The export.</summary>
    public Guid ExportId { get; set; }

    /// <summary>The chunk's number within the export, also its file name.</summary>
    public int Seq { get; set; }

    /// <summary>output, deleted or error: the manifest array the file goes into.</summary>
    public string Kind { get; set; } = "output";

    /// <summary>The resource type read (for <c>deleted</c> and <c>error</c> files, the type of their lines is Bundle or OperationOutcome).</summary>
    public string ResourceType { get; set; } = string.Empty;

    /// <summary>The source of a type fed by several.</summary>
    public int Source { get; set; }

    /// <summary>The first key of the range.</summary>
    public long KeyFrom { get; set; }

    /// <summary>The last key of the range.</summary>
    public long KeyTo { get; set; }

    /// <summary>queued, completed or failed.</summary>
    public string Status { get; set; } = ExportStatus.Queued;

    /// <summary>The number of lines written.</summary>
    public int Count { get; set; }

    /// <summary>The file's size in bytes.</summary>
    public long Bytes { get; set; }
}
