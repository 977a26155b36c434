using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Subscriptions;

namespace OpenImis.Fhir.Core.Data;

/// <summary>
/// Runs a write as one database transaction, so that its locks (<see cref="WriteLocks"/>), its version checks and
/// all its rows commit together or not at all. A write that lost a race it could not see coming (a row changed by
/// another writer since it was read, a deadlock, a serialisation failure) is rolled back and run again from the
/// start, a few times, with a short random pause; after that it is a 409. Inside a running transaction (a transaction
/// Bundle) the work joins it and the outer run retries. The changes the work recorded (<see cref="ChangeOutbox"/>)
/// are inserted into the outbox just before the commit, in the same transaction, and wake the dispatcher after it.
/// </summary>
public sealed class WriteTransactions(ImisDbContext db, ChangeOutbox outbox, ChangeSignal signal, ILogger<WriteTransactions> logger)
{
    /// <summary>How many times a write is tried before it is refused with 409.</summary>
    public const int MaxAttempts = 6;

    /// <summary>Runs <paramref name="work"/> in a transaction and commits it.</summary>
    public async Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work(cancellationToken);
        }

        for (var attempt = 1; ; attempt++)
        {
            // SQLite: BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default), which takes the write lock now, not at the
            // first write, so that what the transaction reads stays true until it commits.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            outbox.Clear();
            try
            {
                var result = await work(cancellationToken);
                var changes = await outbox.FlushAsync(db, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                if (changes > 0)
                {
                    signal.Notify();
                }

                return result;
            }
            catch (Exception ex) when (IsRace(ex))
            {
                await transaction.RollbackAsync(CancellationToken.None);
                outbox.Clear();
                db.ChangeTracker.Clear();
                if (attempt == MaxAttempts)
                {
                    throw FhirException.Conflict(
                        $"The write could not be serialised with concurrent writes after {MaxAttempts} attempts; nothing was written. Retry it.");
                }

                logger.LogDebug(ex, "Write attempt {Attempt} lost a race; retrying", attempt);
                await Task.Delay(Random.Shared.Next(2, 10 * attempt), cancellationToken);
            }
            catch
            {
                outbox.Clear();
                db.ChangeTracker.Clear();
                throw;
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> in a transaction and commits it.</summary>
    public Task RunAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        RunAsync(async token =>
        {
            await work(token);
            return true;
        }, cancellationToken);

    /// <summary>Whether the failure is a lost race that running the write again may win.</summary>
    public static bool IsRace(Exception ex) => ex switch
    {
        DbUpdateConcurrencyException => true,
        PostgresException pg => pg.SqlState is PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected,
        { InnerException: { } inner } => IsRace(inner),
        _ => false,
    };
}
