using OpenImis.Fhir.Modules.Insuree.Data;

namespace OpenImis.Fhir.Modules.Insuree.Handlers;

/// <summary>An insuree's new version that changed its family or head flag, written by a Group write.</summary>
/// <param name="Insuree">The live insuree row (its UUID is the Patient's id).</param>
/// <param name="FromFamilyUuid">The family it was in before, or null.</param>
/// <param name="ToFamily">The family it is in now (a new one has its UUID only once saved), or null.</param>
/// <param name="At">The new version's <c>ValidityFrom</c>.</param>
internal sealed record MembershipMove(Data.Insuree Insuree, string? FromFamilyUuid, Family? ToFamily, DateTime At);
