using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// Admits a kick-off under the concurrency policy (EX-14): at most <see cref="JobsOptions.MaxExportsPerClient"/>
/// exports queued or running per client and <see cref="JobsOptions.MaxConcurrentExports"/> in all; one more answers
/// 429 with Retry-After (Bulk Data 2.0.0 §1.5), never a queue the client cannot see. A cancelled, completed or failed
/// export frees its slot at once. Which client owns which export is kept in a Hangfire set per client (the state
/// tables have no column for it), and the check and the insert run under a Hangfire distributed lock, so that API
/// processes sharing one storage count together.
/// </summary>
internal sealed class ExportAdmission(JobStorage storage, IOptions<JobsOptions> options)
{
    /// <summary>How long a refused client is asked to wait: about a small export's duration.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    private const string LockName = "openimis:export-admission";

    private static string SetKey(string client) => "openimis:export-client:" + client;

    /// <summary>Stores <paramref name="job"/> when the limits allow it; else a 429.</summary>
    public async Task AdmitAsync(string client, ExportJob job, FhirStateDbContext db, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        using var connection = storage.GetConnection();
        using var exclusive = connection.AcquireDistributedLock(LockName, TimeSpan.FromSeconds(30));
        var owned = connection.GetAllItemsFromSet(SetKey(client))
            .Select(item => Guid.TryParseExact(item, "N", out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToList();
        var active = await db.ExportJobs.AsNoTracking()
            .Where(j => owned.Contains(j.Id) && (j.Status == ExportStatus.Queued || j.Status == ExportStatus.Running))
            .Select(j => j.Id)
            .ToListAsync(cancellationToken);
        var finished = owned.Except(active).ToList();
        if (active.Count >= limits.MaxExportsPerClient)
        {
            Forget(connection, client, finished);
            throw FhirException.TooManyRequests(
                $"This client already has {active.Count} export(s) running (at most {limits.MaxExportsPerClient} at once): wait for it, or cancel it with DELETE on its status URL.",
                RetryAfter);
        }

        var running = await db.ExportJobs.CountAsync(j => j.Status == ExportStatus.Queued || j.Status == ExportStatus.Running, cancellationToken);
        if (running >= limits.MaxConcurrentExports)
        {
            throw FhirException.TooManyRequests($"The server is running {running} exports, its limit; try again later.", RetryAfter);
        }

        db.ExportJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        using var transaction = connection.CreateWriteTransaction();
        foreach (var id in finished)
        {
            transaction.RemoveFromSet(SetKey(client), id.ToString("N"));
        }

        transaction.AddToSet(SetKey(client), job.Id.ToString("N"));
        transaction.Commit();
    }

    private static void Forget(IStorageConnection connection, string client, List<Guid> finished)
    {
        if (finished.Count == 0)
        {
            return;
        }

        using var transaction = connection.CreateWriteTransaction();
        foreach (var id in finished)
        {
            transaction.RemoveFromSet(SetKey(client), id.ToString("N"));
        }

        transaction.Commit();
    }
}
