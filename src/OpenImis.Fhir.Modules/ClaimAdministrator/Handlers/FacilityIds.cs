using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Modules.ClaimAdministrator.Handlers;

/// <summary>
/// Health facility ids and UUIDs, read from <c>tblHF</c> with plain SQL. The HealthFacility module maps tblHF; a
/// second entity on the same table would make EF treat them as one split table, so this module maps nothing of
/// it and asks for the two columns it needs. A facility's (HfID, HfUUID) pair never changes (an update keeps both,
/// a history copy gets a new pair), so the UUIDs are cached for the process.
/// </summary>
internal sealed class FacilityIds
{
    private readonly ConcurrentDictionary<int, string> _uuids = new();

    /// <summary>The UUID of facility row <paramref name="id"/>; null when there is none (or no tblHF at all).</summary>
    public string? UuidOf(ImisDbContext db, int id)
    {
        if (_uuids.TryGetValue(id, out var cached))
        {
            return cached;
        }

        // Synchronous because the mapping is: it runs once per facility for the life of the process.
        var uuid = Query(() => db.Database
            .SqlQuery<string>($"SELECT \"HfUUID\" AS \"Value\" FROM \"tblHF\" WHERE \"HfID\" = {id}")
            .FirstOrDefault());
        if (uuid is not null)
        {
            _uuids[id] = uuid.ToLowerInvariant();
        }

        return uuid?.ToLowerInvariant();
    }

    /// <summary>The id of the live facility with this UUID; a 422 naming <paramref name="element"/> when none.</summary>
    public static async Task<int> RequireLiveIdAsync(ImisDbContext db, string uuid, string element, CancellationToken cancellationToken)
    {
        var lower = uuid.ToLowerInvariant();
        var upper = uuid.ToUpperInvariant();
        var ids = await db.Database
            .SqlQuery<int>($"SELECT \"HfID\" AS \"Value\" FROM \"tblHF\" WHERE \"HfUUID\" IN ({lower}, {upper}) AND \"ValidityTo\" IS NULL")
            .ToListAsync(cancellationToken);
        return ids.Count > 0
            ? ids[0]
            : throw FhirException.Unprocessable($"{element}: Organization/{uuid} is not a live health facility.", element);
    }

    private static string? Query(Func<string?> query)
    {
        try
        {
            return query();
        }
        catch (DbException e) when (e.SqlState == "42P01" || e.Message.Contains("no such table", StringComparison.Ordinal))
        {
            // A database without tblHF (the HealthFacility module off on a database the server made): no facility.
            return null;
        }
    }
}
