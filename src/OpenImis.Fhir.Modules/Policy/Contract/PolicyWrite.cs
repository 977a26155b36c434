namespace OpenImis.Fhir.Modules.Policy.Contract;

/// <summary>The moment and user of one write: rows it adds share its ValidityFrom and audit user.</summary>
internal sealed record PolicyWrite(DateTime Now, int AuditUserId)
{
    public DateOnly Today => DateOnly.FromDateTime(Now);
}
