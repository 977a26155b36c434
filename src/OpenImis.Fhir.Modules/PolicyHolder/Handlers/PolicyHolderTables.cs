using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Modules.PolicyHolder.Data;

namespace OpenImis.Fhir.Modules.PolicyHolder.Handlers;

/// <summary>
/// Whether the database has openIMIS's policy-holder table. Older openIMIS databases (without the policyholder
/// module) lack it; the module then serves no policy holder and says so once, instead of failing every
/// Organization search. Checked at start-up (<see cref="PolicyHolderStartup"/>), after the server made its tables.
/// </summary>
internal sealed class PolicyHolderTables(ILogger<PolicyHolderTables> logger)
{
    private volatile int _state; // 0 unknown, 1 present, 2 absent

    public bool? Present => _state switch { 1 => true, 2 => false, _ => null };

    public async Task<bool> CheckAsync(ImisDbContext db, CancellationToken cancellationToken)
    {
        if (Present is { } known)
        {
            return known;
        }

        var sql = db.Database.IsNpgsql()
            ? $"SELECT count(*)::int AS \"Value\" FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = '{PolicyHolderConfiguration.Table}'"
            : $"SELECT count(*) AS \"Value\" FROM sqlite_master WHERE type = 'table' AND name = '{PolicyHolderConfiguration.Table}'";
        var present = await db.Database.SqlQueryRaw<int>(sql).SingleAsync(cancellationToken) > 0;
        if (Interlocked.CompareExchange(ref _state, present ? 1 : 2, 0) == 0 && !present)
        {
            logger.LogWarning(
                "PolicyHolder module off: the database has no {Table} (openIMIS without its policyholder module); Organization serves no policy holders.",
                PolicyHolderConfiguration.Table);
        }

        return present;
    }
}
