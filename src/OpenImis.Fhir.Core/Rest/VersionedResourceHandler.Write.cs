using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// Create, update and delete under the openIMIS history convention. Each runs inside the transaction that
/// <see cref="WriteTransactions"/> opens: update and delete lock the live row before they read it, so that the
/// version they check (If-Match) and the version they replace are the one they write over.
/// </summary>
public abstract partial class VersionedResourceHandler<TEntity, TResource>
{
    /// <inheritdoc />
    public async Task<Resource> CreateAsync(Resource resource, CancellationToken cancellationToken)
    {
        var typed = Typed(resource, WriteInteractions.Create);
        var row = new TEntity();
        await ApplyAsync(typed, row, creating: true, cancellationToken);
        row.Uuid = Guid.NewGuid().ToString();
        row.ValidityFrom = Now(null);
        row.ValidityTo = null;
        row.LegacyId = null;
        row.AuditUserId = Db.AuditUserId;
        Db.Add(row);
        await Db.SaveChangesCheckedAsync(cancellationToken);
        await OnCreatedAsync(row, cancellationToken);
        await RequireWithinLimitAsync(row.Id, "create", cancellationToken);
        Db.ChangeTracker.Clear();
        return await ReadAsync(row.Uuid, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Resource> ReadForUpdateAsync(string id, CancellationToken cancellationToken)
    {
        await LockLiveAsync(id, cancellationToken);
        return await ReadAsync(id, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<Resource> UpdateAsync(string id, Resource resource, string? ifMatch, CancellationToken cancellationToken)
    {
        var typed = Typed(resource, WriteInteractions.Update);
        if (!Guid.TryParse(id, out _) || await Db.LockLiveRowAsync<TEntity>(id, cancellationToken) is not { } key)
        {
            throw FhirException.NotSupported(
                $"{ResourceType}/{id} does not exist and update as create is not supported: create it with POST.");
        }

        // A row the caller may not see (another district's) is answered as one that does not exist: a different
        // answer would tell the caller it is there.
        var live = await Shape(Rows).Where(e => e.Id == key).FirstOrDefaultAsync(cancellationToken)
            ?? throw FhirException.NotSupported(
                $"{ResourceType}/{id} does not exist and update as create is not supported: create it with POST.");
        if (live.ValidityTo is not null)
        {
            throw FhirException.Gone($"{ResourceType}/{id} was deleted.");
        }

        CheckIfMatch(live, ifMatch);
        var now = Now(live.ValidityFrom);
        KeepHistory(live, now);
        await ApplyAsync(typed, live, creating: false, cancellationToken);
        live.ValidityFrom = now;
        live.AuditUserId = Db.AuditUserId;
        await Db.SaveChangesCheckedAsync(cancellationToken);
        await OnUpdatedAsync(live, cancellationToken);
        await RequireWithinLimitAsync(key, "update", cancellationToken);
        Db.ChangeTracker.Clear();
        return await ReadAsync(id, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<string?> DeleteAsync(string id, string? ifMatch, CancellationToken cancellationToken)
    {
        EnsureWritable(WriteInteractions.Delete);
        var key = await LockLiveAsync(id, cancellationToken);
        var live = await Shape(Rows).Where(e => e.Id == key).FirstOrDefaultAsync(cancellationToken)
            ?? throw FhirException.NotFound($"{ResourceType}/{id} is not known.");
        if (live.ValidityTo is not null)
        {
            return null;
        }

        CheckIfMatch(live, ifMatch);
        await OnDeletingAsync(live, cancellationToken);
        var now = Now(live.ValidityFrom);
        KeepHistory(live, now);
        live.ValidityFrom = now;
        live.ValidityTo = now;
        live.AuditUserId = Db.AuditUserId;
        await Db.SaveChangesCheckedAsync(cancellationToken);
        await OnDeletedAsync(live, cancellationToken);
        Db.ChangeTracker.Clear();
        return VersionIds.From(now);
    }

    // Run inside the write's transaction after saving, so that a refusal rolls the whole write back (OnCreatedAsync's work too).
    private async System.Threading.Tasks.Task RequireWithinLimitAsync(int key, string write, CancellationToken cancellationToken)
    {
        if (CallerLimit is { } limit && !await Rows.AnyAsync(e => e.Id == key, cancellationToken))
        {
            throw FhirException.Forbidden($"This {write} would put the {ResourceType} outside {limit}; the caller may not write there.");
        }
    }

    // The surrogate key of the resource's live row (deleted or not), locked; 404 for an unknown id or a history row's UUID.
    private async Task<int> LockLiveAsync(string id, CancellationToken cancellationToken)
    {
        EnsureId(id);
        return await Db.LockLiveRowAsync<TEntity>(id, cancellationToken)
            ?? throw FhirException.NotFound($"{ResourceType}/{id} is not known.");
    }

    private TResource Typed(Resource resource, WriteInteractions write)
    {
        EnsureWritable(write);
        return resource as TResource ?? throw FhirException.BadRequest($"Expected a {ResourceType} resource, got {resource.TypeName}.");
    }

    // The registry already refuses the writes a type does not allow; this keeps a direct caller (a job) honest too.
    private void EnsureWritable(WriteInteractions write)
    {
        if (!Writes.HasFlag(write))
        {
            var allowed = Writes == WriteInteractions.None ? "only reading" : $"only {Writes.ToString().ToLowerInvariant()} among the writes on";
            throw FhirException.NotSupported($"openIMIS allows {allowed} {ResourceType} of this kind ({Profile}).");
        }
    }

    private void CheckIfMatch(TEntity live, string? ifMatch)
    {
        if (ifMatch is null)
        {
            return;
        }

        var current = VersionIds.From(live.ValidityFrom);
        if (VersionIds.FromETag(ifMatch) != current)
        {
            throw FhirException.PreconditionFailed(
                $"If-Match {ifMatch} does not match the current version {VersionIds.ETag(current)} of {ResourceType}/{ResourceId(live)}.");
        }
    }

    private void KeepHistory(TEntity live, DateTime now) => RowHistory.KeepCopy(Db, live, now);

    private DateTime Now(DateTime? previous) => RowHistory.NextValidityFrom(Clock.GetUtcNow().UtcDateTime, previous);
}
