using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.Core.Data;

/// <summary>
/// The openIMIS history convention for a live row a write changes: the old version survives as a copy (new id and
/// UUID, <c>ValidityTo</c> = now, <c>LegacyID</c> = live id) and the live row, keeping its id and UUID, becomes valid
/// from now. Handlers use it for their own rows and for the related rows a write changes (a family's members).
/// </summary>
public static class RowHistory
{
    /// <summary>
    /// The <c>ValidityFrom</c> of a new version at <paramref name="utcNow"/>, truncated to the microsecond PostgreSQL
    /// keeps. Versions are told apart by <c>ValidityFrom</c>, so it is strictly later than <paramref name="previous"/>.
    /// </summary>
    public static DateTime NextValidityFrom(DateTime utcNow, DateTime? previous)
    {
        var now = VersionIds.Truncate(utcNow);
        return previous is { } p && now <= p ? p.AddTicks(TimeSpan.TicksPerMillisecond / 1000) : now;
    }

    /// <summary>Adds the history copy of the tracked <paramref name="live"/> row as it is now, valid until <paramref name="now"/>.</summary>
    public static void KeepCopy<T>(DbContext db, T live, DateTime now)
        where T : class, IVersionedRow, new()
    {
        var copy = new T();
        db.Entry(copy).CurrentValues.SetValues(db.Entry(live).CurrentValues);
        copy.Id = 0;
        copy.Uuid = Guid.NewGuid().ToString();
        copy.ValidityTo = now;
        copy.LegacyId = live.Id;
        db.Add(copy);
    }

    /// <summary>
    /// Starts a new version of the tracked <paramref name="live"/> row before a change: keeps the copy, then stamps
    /// the live row. Returns the new <c>ValidityFrom</c>.
    /// </summary>
    public static DateTime Revise<T>(DbContext db, T live, DateTime utcNow, int auditUserId)
        where T : class, IVersionedRow, new()
    {
        var now = NextValidityFrom(utcNow, live.ValidityFrom);
        KeepCopy(db, live, now);
        live.ValidityFrom = now;
        live.AuditUserId = auditUserId;
        return now;
    }
}
