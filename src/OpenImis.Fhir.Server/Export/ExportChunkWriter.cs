using System.Text;
using Hl7.Fhir.Model;
using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Export;
using OpenImis.Fhir.Core.Formatting;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.State;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// Writes one chunk's NDJSON file: to a temporary name, then renamed over the final one, so that a rerun after a
/// crash replaces a partial file instead of appending to it.
/// </summary>
internal sealed class ExportChunkWriter(
    FhirStateDbContext db, HandlerRegistry registry, IServiceProvider services, FhirSerialization serialization, ExportFiles files, ExportProgress progress)
{
    // How often a running chunk looks whether its export was cancelled.
    private const int CancelCheckLines = 1000;

    private static readonly byte[] NewLine = "\n"u8.ToArray();

    /// <summary>The window of a job, UTC.</summary>
    public static ExportWindow Window(ExportJob job) => new(
        job.Since is { } since ? DateTime.SpecifyKind(since, DateTimeKind.Utc) : null,
        DateTime.SpecifyKind(job.TransactionTime, DateTimeKind.Utc));

    /// <summary>
    /// Writes the chunk's file, and the OperationOutcomes of rows that could not be mapped to its error file (Bulk
    /// Data partial success). The temporary names are unique, so a chunk run twice at once (a lease that expired
    /// while its worker still ran) never shares a file; each run renames a complete file into place.
    /// </summary>
    public async Task<ChunkFiles> WriteAsync(ExportJob job, ExportChunk chunk, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(files.Folder(job.Id));
        var path = files.File(job.Id, chunk.Seq);
        var errorPath = files.File(job.Id, ExportJobs.RowErrorSeq + chunk.Seq);
        var temporary = ExportFiles.Temporary(path);
        var errorTemporary = ExportFiles.Temporary(errorPath);
        var count = 0;
        var errors = 0;
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                FileStream? errorStream = null;
                try
                {
                    await foreach (var resource in Lines(job, chunk, cancellationToken))
                    {
                        var target = stream;
                        if (resource is OperationOutcome && chunk.Kind == ExportJobs.Output)
                        {
                            target = errorStream ??= new FileStream(errorTemporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 12, useAsync: true);
                            errors++;
                        }
                        else
                        {
                            count++;
                        }

                        await target.WriteAsync(Encoding.UTF8.GetBytes(serialization.ToJson(resource)), cancellationToken);
                        await target.WriteAsync(NewLine, cancellationToken);
                        if ((count + errors) % CancelCheckLines == 0 && await CancelledAsync(job.Id, cancellationToken))
                        {
                            break;
                        }
                    }
                }
                finally
                {
                    if (errorStream is not null)
                    {
                        await errorStream.DisposeAsync();
                    }
                }
            }

            if (await CancelledAsync(job.Id, cancellationToken))
            {
                Discard(temporary, errorTemporary);
                return new ChunkFiles(count, 0, 0);
            }

            if (errors > 0)
            {
                File.Move(errorTemporary, errorPath, overwrite: true);
            }

            File.Move(temporary, path, overwrite: true);
            return new ChunkFiles(count, new FileInfo(path).Length, errors);
        }
        catch
        {
            Discard(temporary, errorTemporary);
            throw;
        }
    }

    // The folder is gone when a DELETE removed the export's files while the chunk ran: nothing is left to discard.
    private static void Discard(params string[] paths)
    {
        foreach (var path in paths.Where(File.Exists))
        {
            try
            {
                File.Delete(path);
            }
            catch (DirectoryNotFoundException)
            {
            }
        }
    }

    // A cancelled export is no longer running; one removed by the cleanup is not there at all. Asked every 1,000
    // lines, which is also the chunk's sign of progress for the watchdog.
    private async Task<bool> CancelledAsync(Guid exportId, CancellationToken cancellationToken)
    {
        progress.Beat();
        return !await db.ExportJobs.AsNoTracking().AnyAsync(j => j.Id == exportId && j.Status == ExportStatus.Running, cancellationToken);
    }

    private IAsyncEnumerable<Resource> Lines(ExportJob job, ExportChunk chunk, CancellationToken cancellationToken) => chunk.Kind switch
    {
        ExportJobs.Error => Errors(job).ToAsyncEnumerable(),
        ExportJobs.Deleted => DeletedAsync(job, chunk, cancellationToken),
        _ when job.PatientIds is not null && (chunk.ResourceType == "Patient" || (chunk.ResourceType == "Group" && job.GroupId is not null)) => ByIdAsync(job, chunk.ResourceType, cancellationToken),
        _ when job.PatientIds is not null => ExportCompartment.ResourcesAsync(job, chunk.ResourceType, services, cancellationToken),
        _ => Resources(job, chunk, cancellationToken),
    };

    private async IAsyncEnumerable<Resource> Resources(ExportJob job, ExportChunk chunk, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var handler = registry.Resolve(services, chunk.ResourceType);
        var range = new ExportRange(chunk.Source, chunk.KeyFrom, chunk.KeyTo);
        var window = await ExportTypeFilter.WindowAsync(job, chunk.ResourceType, services, cancellationToken);
        var resources = handler switch
        {
            IBulkExportHandler bulk => bulk.ExportAsync(window, range, cancellationToken),
            ISearchHandler search => SearchExport.ExportAsync(search, window, cancellationToken),
            _ => AsyncEnumerable.Empty<Resource>(),
        };
        await foreach (var resource in resources)
        {
            yield return resource;
        }
    }

    // A Group export (or a Patient export with a patient list): the Group itself and its members' Patients, by id.
    private async IAsyncEnumerable<Resource> ByIdAsync(ExportJob job, string type, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var ids = type == "Group" ? [job.GroupId!] : job.PatientIds!.Split(',', StringSplitOptions.RemoveEmptyEntries);
        var reader = registry.Resolve<IReadHandler>(services, type);
        var window = Window(job);
        var matching = await ExportTypeFilter.MatchingIdsAsync(job, type, ids, services, cancellationToken);
        foreach (var id in ids.Where(id => matching is null || matching.Contains(id)))
        {
            Resource resource;
            try
            {
                resource = await reader.ReadAsync(id, cancellationToken);
            }
            catch (FhirException)
            {
                continue; // deleted since the kick-off, or no longer there
            }

            var updated = resource.Meta?.LastUpdated?.UtcDateTime;
            if (updated is null || (updated <= window.Until && (window.Since is null || updated > window.Since)))
            {
                yield return resource;
            }
        }
    }

    private async IAsyncEnumerable<Resource> DeletedAsync(ExportJob job, ExportChunk chunk, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var handler = (IBulkExportHandler)registry.Resolve(services, chunk.ResourceType);
        var window = await ExportTypeFilter.WindowAsync(job, chunk.ResourceType, services, cancellationToken);
        foreach (var id in await handler.DeletedAsync(window, cancellationToken))
        {
            yield return new Bundle
            {
                Type = Bundle.BundleType.Transaction,
                Entry = [new Bundle.EntryComponent { Request = new Bundle.RequestComponent { Method = Bundle.HTTPVerb.DELETE, Url = $"{chunk.ResourceType}/{id}" } }],
            };
        }
    }

    private static IEnumerable<Resource> Errors(ExportJob job) =>
        (job.Ignored ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(message => new OperationOutcome
            {
                Issue = [new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Information, Code = OperationOutcome.IssueType.NotSupported, Diagnostics = message }],
            });
}
