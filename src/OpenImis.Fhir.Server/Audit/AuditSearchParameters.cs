using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Audit;

/// <summary>
/// The AuditEvent search parameters over <c>fhir.audit_event</c>: R4 core's <c>date</c>, <c>agent</c>,
/// <c>entity</c>, <c>patient</c>, <c>action</c>, <c>outcome</c>, <c>type</c>, <c>subtype</c>, with <c>_id</c> and
/// <c>_lastUpdated</c>. <c>agent</c> matches an agent's identifier value (the OAuth client id, the openIMIS login).
/// </summary>
internal static class AuditSearchParameters
{
    public static IReadOnlyList<SearchParameter<AuditEventRecord>> All { get; } =
    [
        SearchParameters.Token<AuditEventRecord>("_id", "Resource.id", "Logical id of this artifact",
            t => t.Code is null ? Predicates.False<AuditEventRecord>() : Predicates.Compare<AuditEventRecord, string, string>(r => r.Id, t.Code.ToLowerInvariant(), Expression.Equal))
            .WithDefinition(CoreSearchParameters.Id),
        SearchParameters.Instant<AuditEventRecord>("_lastUpdated", "Resource.meta.lastUpdated", "When the event was recorded", r => r.Recorded)
            .WithDefinition(CoreSearchParameters.LastUpdated),
        SearchParameters.Instant<AuditEventRecord>("date", "AuditEvent.recorded", "Time when the event was recorded", r => r.Recorded),
        SearchParameters.Reference<AuditEventRecord>("agent", "AuditEvent.agent.who", "Identifier of who took part (client id, openIMIS login)",
            v => Holds(r => r.Agents, v.Type is null ? v.Id : $"{v.Type}/{v.Id}")),
        SearchParameters.Reference<AuditEventRecord>("entity", "AuditEvent.entity.what", "Specific instance of resource",
            v => v.Type is null ? Predicates.False<AuditEventRecord>() : Holds(r => r.Entities, $"{v.Type}/{v.Id}")),
        SearchParameters.Reference<AuditEventRecord>("patient", "AuditEvent.entity.what.where(resolve() is Patient)", "Identity of the patient concerned",
            v => v.Type is not (null or "Patient") ? Predicates.False<AuditEventRecord>() : Holds(r => r.Patients, $"Patient/{v.Id}")),
        SearchParameters.Token<AuditEventRecord>("action", "AuditEvent.action", "Type of action performed during the event",
            t => SearchParameters.CodeMatch<AuditEventRecord>(r => r.Action, t, "http://hl7.org/fhir/audit-event-action")),
        SearchParameters.Token<AuditEventRecord>("outcome", "AuditEvent.outcome", "Whether the event succeeded or failed",
            t => SearchParameters.CodeMatch<AuditEventRecord>(r => r.Outcome, t, "http://hl7.org/fhir/audit-event-outcome")),
        SearchParameters.Token<AuditEventRecord>("type", "AuditEvent.type", "Type/identifier of event",
            t => t.System is { Length: > 0 } system
                ? Predicates.And(Predicates.Compare<AuditEventRecord, string, string>(r => r.TypeSystem, system, Expression.Equal), SearchParameters.CodeMatch<AuditEventRecord>(r => r.TypeCode, t, null))
                : SearchParameters.CodeMatch<AuditEventRecord>(r => r.TypeCode, t, null)),
        SearchParameters.Token<AuditEventRecord>("subtype", "AuditEvent.subtype", "More specific type/id for the event",
            t => SearchParameters.CodeMatch<AuditEventRecord>(r => r.Subtype, t, null)),
    ];

    // One value among those stored between bars.
    private static Expression<Func<AuditEventRecord, bool>> Holds(Expression<Func<AuditEventRecord, string>> column, string value)
    {
        var needle = "|" + value.Replace('|', '/') + "|";
        return Predicates.Compare<AuditEventRecord, string, string>(column, needle, (col, v) =>
            Expression.Call(col, typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, v));
    }
}
