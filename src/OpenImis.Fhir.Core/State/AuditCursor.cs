namespace OpenImis.Fhir.Core.State;

/// <summary>How far a forwarder has sent the stored audit events (table <c>fhir.audit_cursor</c>).</summary>
public sealed class AuditCursor
{
    /// <summary>The forwarder's name (<c>atna</c>).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The last <see cref="AuditEventRecord.Seq"/> delivered.</summary>
    public long Position { get; set; }

    /// <summary>When it last moved, UTC.</summary>
    public DateTime UpdatedAt { get; set; }
}
