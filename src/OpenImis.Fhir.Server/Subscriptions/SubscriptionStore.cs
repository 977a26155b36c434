using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Subscriptions;

/// <summary>
/// <c>fhir.subscription</c> for the Subscription handler, through a <see cref="FhirStateDbContext"/> over the openIMIS
/// context's own connection and current transaction, so that a Subscription written by the engine commits or rolls
/// back with the rest of its write (a transaction Bundle, the outbox row of the write).
/// </summary>
internal sealed class SubscriptionStore(ImisDbContext imis) : IAsyncDisposable, IDisposable
{
    private FhirStateDbContext? _db;

    /// <summary>The context, enlisted in the engine's current transaction (none outside a write).</summary>
    public async Task<FhirStateDbContext> DbAsync(CancellationToken cancellationToken)
    {
        _db ??= Create();
        var current = imis.Database.CurrentTransaction?.GetDbTransaction();
        if (_db.Database.CurrentTransaction?.GetDbTransaction() != current)
        {
            await _db.Database.UseTransactionAsync(current, cancellationToken);

            // A write run again after a lost race starts from the database, not from what the last attempt tracked.
            _db.ChangeTracker.Clear();
        }

        return _db;
    }

    /// <summary>Whether the database is PostgreSQL (row locks) rather than SQLite (one writer).</summary>
    public bool Postgres => imis.Database.IsNpgsql();

    public async ValueTask DisposeAsync()
    {
        if (_db is not null)
        {
            await _db.DisposeAsync();
        }
    }

    public void Dispose() => _db?.Dispose();

    private FhirStateDbContext Create()
    {
        var connection = imis.Database.GetDbConnection();
        var options = new DbContextOptionsBuilder<FhirStateDbContext>();
        _ = imis.Database.IsNpgsql() ? options.UseNpgsql(connection) : options.UseSqlite(connection);
        return new FhirStateDbContext(options.Options);
    }
}
