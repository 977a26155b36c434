using Microsoft.EntityFrameworkCore;

namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>
/// Remembers each redeemed assertion id (<c>jti</c>) per client until the assertion expires, in the database, so
/// that a replay is refused by every process over it: the primary key decides between two concurrent redemptions.
/// </summary>
internal sealed class ReplayGuard(SmartAuthDbContext db, TimeProvider clock)
{
    private static long s_nextPurgeTicks;

    /// <summary>True when this is the first use of <paramref name="jti"/> by <paramref name="clientId"/>.</summary>
    public async Task<bool> TryRedeemAsync(string clientId, string jti, DateTime expiresAt, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await PurgeAsync(now, cancellationToken);
        db.UsedAssertions.Add(new UsedAssertion { ClientId = clientId, Jti = jti, ExpiresAt = expiresAt });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    // An expired assertion is refused for its exp alone, so its id need not be kept; purge at most once a minute.
    private async Task PurgeAsync(DateTime now, CancellationToken cancellationToken)
    {
        var next = Interlocked.Read(ref s_nextPurgeTicks);
        if (now.Ticks < next || Interlocked.CompareExchange(ref s_nextPurgeTicks, now.AddMinutes(1).Ticks, next) != next)
        {
            return;
        }

        var cutoff = now.AddMinutes(-1);
        await db.UsedAssertions.Where(a => a.ExpiresAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
