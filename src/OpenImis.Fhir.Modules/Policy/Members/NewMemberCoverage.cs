using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Modules.Policy.Data;

namespace OpenImis.Fhir.Modules.Policy.Members;

/// <summary>
/// Decision §6.12: an insuree who joins a family (a new current <c>tblInsuree</c> row with a FamilyID, or a live one
/// moved into the family) is covered by each of the family's running policies that still has a place under the
/// product's member count: a <c>tblInsureePolicy</c> row with the policy's dates, effective from the day they join
/// (never earlier than the policy) when the policy is Active, and not yet effective when it is Idle. It hooks the
/// save, so the Insuree module knows nothing of policies, and the rows land in the same transaction.
/// </summary>
internal sealed class NewMemberCoverage(TimeProvider clock, IOptionsMonitor<FhirServerOptions> options) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            foreach (var joiner in Joiners(db.ChangeTracker))
            {
                await CoverAsync(db, joiner, cancellationToken);
            }
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        Joiners(eventData.Context?.ChangeTracker).Count > 0
            ? throw new InvalidOperationException("A family member is saved synchronously; policy coverage is added on SaveChangesAsync only.")
            : result;

    private static List<Insuree.Data.Insuree> Joiners(ChangeTracker? tracker) =>
        tracker?.Entries<Insuree.Data.Insuree>()
            .Where(e => e.Entity.ValidityTo is null && e.Entity.FamilyId is not null && (e.State == EntityState.Added
                ? e.Entity.LegacyId is null
                : e.State == EntityState.Modified && e.Property(i => i.FamilyId).IsModified
                    && e.Property(i => i.FamilyId).OriginalValue != e.Entity.FamilyId))
            .Select(e => e.Entity).ToList() ?? [];

    private async Task CoverAsync(DbContext db, Insuree.Data.Insuree joiner, CancellationToken cancellationToken)
    {
        var now = VersionIds.Truncate(clock.GetUtcNow().UtcDateTime);
        var today = DateOnly.FromDateTime(now);
        var running = await db.Set<PolicyRow>()
            .Where(p => p.FamilyId == joiner.FamilyId && p.ValidityTo == null && p.ExpiryDate >= today
                && (p.Status == PolicyCodes.StatusIdle || p.Status == PolicyCodes.StatusActive))
            .Select(p => new
            {
                p.Id, p.Status, p.EnrollDate, p.StartDate, p.EffectiveDate, p.ExpiryDate, p.Product!.MemberCount,
                Covered = p.Members.Count(m => m.ValidityTo == null),
                Already = joiner.Id != 0 && p.Members.Any(m => m.ValidityTo == null && m.InsureeId == joiner.Id),
            })
            .ToListAsync(cancellationToken);
        foreach (var policy in running.Where(p => !p.Already && (p.MemberCount <= 0 || p.Covered < p.MemberCount)))
        {
            var effective = policy.Status == PolicyCodes.StatusActive && policy.EffectiveDate is { } from ? (from > today ? from : today) : (DateOnly?)null;
            db.Add(new InsureePolicy
            {
                Insuree = joiner,
                PolicyId = policy.Id,
                EnrollmentDate = policy.EnrollDate,
                StartDate = policy.StartDate,
                EffectiveDate = effective,
                ExpiryDate = policy.ExpiryDate,
                IsOffline = false,
                ValidityFrom = now,
                AuditUserId = db is ImisDbContext imis ? imis.AuditUserId : options.CurrentValue.AuditUserId,
            });
        }
    }
}
