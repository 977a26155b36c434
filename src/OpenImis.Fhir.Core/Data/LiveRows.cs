using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Data;

/// <summary>
/// The live row of a versioned table by its UUID, for the references a write links. The UUID is matched in both
/// spellings (<c>IN (lower, upper)</c>) so that the column's unique index serves on databases that store either.
/// </summary>
public static class LiveRows
{
    /// <summary>The live, tracked row with that UUID; null when there is none or the id is no UUID.</summary>
    public static Task<T?> LiveRowAsync<T>(this ImisDbContext db, string uuid, CancellationToken cancellationToken)
        where T : class, IVersionedRow =>
        Guid.TryParse(uuid, out _)
            ? db.Set<T>().Where(Predicates.UuidEquals<T>(e => e.Uuid, uuid)).Where(e => e.ValidityTo == null).FirstOrDefaultAsync(cancellationToken)
            : Task.FromResult<T?>(null);

    /// <summary>The live, tracked row with that UUID; a 422 naming <paramref name="element"/> when <paramref name="reference"/> does not exist.</summary>
    public static async Task<T> RequireLiveRowAsync<T>(
        this ImisDbContext db, string uuid, string reference, string element, CancellationToken cancellationToken)
        where T : class, IVersionedRow =>
        await db.LiveRowAsync<T>(uuid, cancellationToken)
        ?? throw FhirException.Unprocessable($"{element}: {reference} does not exist.", element);
}
