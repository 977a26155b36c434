using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Modules.Shared;

/// <summary>
/// An openIMIS lookup table (code, name, sort order; a few rows) as the concepts of one of the guide's code systems.
/// </summary>
internal sealed class LookupCodeSystem<T>(string url, string table, Func<T, LookupRow> row) : IDatabaseCodeSystem
    where T : class
{
    public string Url => url;

    public string Table => table;

    public string? AliasId => null;

    public async Task<IReadOnlyList<DatabaseConcept>> ReadAsync(ImisDbContext db, CancellationToken cancellationToken) =>
        Concepts((await db.Set<T>().AsNoTracking().ToListAsync(cancellationToken)).Select(row));

    /// <summary>The rows in openIMIS's order (sort order, then code; no sort order last), trimmed.</summary>
    public static IReadOnlyList<DatabaseConcept> Concepts(IEnumerable<LookupRow> rows) =>
        [.. rows
            .Where(r => !string.IsNullOrWhiteSpace(r.Code))
            .OrderBy(r => r.SortOrder ?? int.MaxValue)
            .ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new DatabaseConcept(r.Code.Trim(), string.IsNullOrWhiteSpace(r.Name) ? r.Code.Trim() : r.Name.Trim()))];
}
