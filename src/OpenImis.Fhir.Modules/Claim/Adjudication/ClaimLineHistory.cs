using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Modules.Claim.Data;

namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// openIMIS's history for claim lines, which have no UUID: before a change, a copy of the line (new id,
/// <c>ValidityTo</c> = the change, <c>LegacyID</c> = the line's id, same claim) keeps the old values.
/// </summary>
internal static class ClaimLineHistory
{
    public static void KeepCopies(DbContext db, IEnumerable<ClaimLine> lines, DateTime now, int auditUserId)
    {
        foreach (var line in lines)
        {
            ClaimLine copy = line switch
            {
                ClaimItem => new ClaimItem(),
                ClaimService => new ClaimService(),
                _ => throw new InvalidOperationException($"Unknown claim line type {line.GetType().Name}."),
            };
            db.Entry(copy).CurrentValues.SetValues(db.Entry(line).CurrentValues);
            copy.Id = 0;
            copy.ValidityTo = now;
            copy.LegacyId = line.Id;
            db.Add(copy);
            line.ValidityFrom = now;
            line.AuditUserId = auditUserId;
        }
    }
}
