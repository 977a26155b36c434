namespace OpenImis.Fhir.Core.State;

/// <summary>
/// One recorded AuditEvent (table <c>fhir.audit_event</c>): the resource as JSON plus the columns its search
/// parameters read. Multi-valued columns (<see cref="Agents"/>, <see cref="Entities"/>, <see cref="Patients"/>) hold
/// their values between bars (<c>|a|b|</c>), so that one <c>LIKE '%|a|%'</c> matches one value on both providers.
/// </summary>
public sealed class AuditEventRecord
{
    /// <summary>The insertion order: the ATNA forwarder's cursor.</summary>
    public long Seq { get; set; }

    /// <summary>The AuditEvent's id (a UUID).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary><c>AuditEvent.recorded</c>, UTC.</summary>
    public DateTime Recorded { get; set; }

    /// <summary>When the writer stored it, UTC: the forwarder leaves the last seconds alone (commit order).</summary>
    public DateTime StoredAt { get; set; }

    /// <summary>The system of <c>AuditEvent.type</c>.</summary>
    public string TypeSystem { get; set; } = string.Empty;

    /// <summary>The code of <c>AuditEvent.type</c> (<c>rest</c>, <c>110114</c>).</summary>
    public string TypeCode { get; set; } = string.Empty;

    /// <summary>The code of the first <c>AuditEvent.subtype</c> (<c>read</c>, <c>search-type</c>…), if any.</summary>
    public string? Subtype { get; set; }

    /// <summary><c>AuditEvent.action</c>: C, R, U, D or E.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary><c>AuditEvent.outcome</c>: 0, 4, 8 or 12.</summary>
    public string Outcome { get; set; } = string.Empty;

    /// <summary>The agents' identifier values and references (client id, openIMIS login), between bars.</summary>
    public string Agents { get; set; } = "|";

    /// <summary>The entities' references (<c>Patient/…</c>, <c>Claim/…</c>), between bars.</summary>
    public string Entities { get; set; } = "|";

    /// <summary>The references of the patients concerned, between bars.</summary>
    public string Patients { get; set; } = "|";

    /// <summary>The AuditEvent as JSON.</summary>
    public string Resource { get; set; } = string.Empty;
}
