using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OpenImis.Fhir.Modules.Location.Cache;

/// <summary>
/// Outdates the <see cref="LocationTree"/> when a write to <c>tblLocations</c> commits, so that a Patient read right
/// after a Location write shows the change. After the commit, not at the save: a reload between the save and the
/// commit would read the old rows and be taken as current. The interceptor is shared by every pooled context, so
/// the pending write is kept per context.
/// </summary>
internal sealed class LocationCacheInvalidator(LocationTree tree) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Pending = new();

    private readonly ConditionalWeakTable<DbContext, object> _writes = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Saved(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Saved(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Saved(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null
            && context.ChangeTracker.Entries<Data.Location>().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            _writes.AddOrUpdate(context, Pending);
        }
    }

    // Without a transaction of the caller's the save has committed (or failed) by now; the outdated snapshot is
    // reloaded either way, which is harmless after a failure.
    private void Saved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Committed(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _writes.Remove(context))
        {
            tree.Invalidate();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _writes.Remove(context);
        }
    }
}
