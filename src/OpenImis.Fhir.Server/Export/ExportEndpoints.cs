using System.IO.Compression;
using System.Net;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.State;
using OpenImis.Fhir.Server.Endpoints;
using OpenImis.Fhir.Server.Security;

namespace OpenImis.Fhir.Server.Export;

/// <summary>Bulk Data 2.0.0: the three kick-offs, the status URL (poll, cancel) and the files.</summary>
internal static class ExportEndpoints
{
    public const string StatusPath = "$export-status";
    public const string FilePath = "$export-file";
    private static readonly string[] GetPost = [HttpMethods.Get, HttpMethods.Post];

    public static IEndpointRouteBuilder MapExport(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("/fhir");
        fhir.MapMethods("/$export", GetPost, (Delegate)((HttpContext c) => KickOffAsync(c, ExportLevel.System, null)));
        fhir.MapMethods("/Patient/$export", GetPost, (Delegate)((HttpContext c) => KickOffAsync(c, ExportLevel.Patient, null)));
        fhir.MapMethods("/Group/{id}/$export", GetPost, (HttpContext c, string id) => KickOffAsync(c, ExportLevel.Group, id));
        fhir.MapGet($"/{StatusPath}/{{id:guid}}", StatusAsync);
        fhir.MapDelete($"/{StatusPath}/{{id:guid}}", CancelAsync);
        fhir.MapGet($"/{FilePath}/{{id:guid}}/{{seq:int}}", FileAsync);
        return app;
    }

    private static async Task<IResult> KickOffAsync(HttpContext context, string level, string? groupId)
    {
        OperationInput.Mark(context, level == ExportLevel.System ? string.Empty : level == ExportLevel.Group ? "Group" : "Patient", "$export");
        var services = context.RequestServices;
        var request = await ExportKickoff.ReadAsync(context, level, groupId, services.GetRequiredService<HandlerRegistry>());
        var db = services.GetRequiredService<FhirStateDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        var baseUrl = BaseUrlResolver.Resolve(context);
        var job = new ExportJob
        {
            Id = Guid.NewGuid(),
            Level = level,
            Request = $"{baseUrl}{context.Request.Path.Value?[5..]}{context.Request.QueryString}",
            BaseUrl = baseUrl,
            Types = string.Join(',', request.Types),
            GroupId = groupId,
            PatientIds = request.Patients is null ? null : string.Join(',', request.Patients),
            Since = request.Since,
            TransactionTime = await TransactionClock.NowAsync(db, clock, context.RequestAborted),
            TypeFilters = request.TypeFilters.Count == 0 ? null : string.Join('\n', request.TypeFilters),
            Ignored = request.Ignored.Count == 0 ? null : string.Join('\n', request.Ignored),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        ExportCaller.Stamp(job, services.GetRequiredService<FhirCallerContext>().Caller);
        await services.GetRequiredService<ExportAdmission>().AdmitAsync(ExportClient.Key(context), job, db, context.RequestAborted);
        services.GetRequiredService<IBackgroundJobClient>().Enqueue<ExportJobs>(j => j.OrchestrateAsync(job.Id, CancellationToken.None));

        context.Response.Headers.ContentLocation = $"{baseUrl}/{StatusPath}/{job.Id:N}";
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private static async Task<IResult> StatusAsync(
        HttpContext context, Guid id, FhirStateDbContext db, ExportFiles files, IOptions<JobsOptions> options, IOptions<AuthOptions> auth, ExportPolling polling, TimeProvider clock)
    {
        polling.Check(ExportClient.Key(context), id);
        var job = await Live(db, id, clock, files, context.RequestServices.GetRequiredService<FhirCallerContext>().Caller, context.RequestAborted);
        switch (job.Status)
        {
            case ExportStatus.Failed:
                throw new FhirException(HttpStatusCode.InternalServerError, Outcomes.Error(Hl7.Fhir.Model.OperationOutcome.IssueType.Exception, $"The export failed: {job.Error}"));
            case ExportStatus.Completed:
                var chunks = await db.ExportChunks.AsNoTracking().Where(c => c.ExportId == id).OrderBy(c => c.Seq).ToListAsync(context.RequestAborted);
                context.Response.Headers.Expires = new DateTimeOffset(DateTime.SpecifyKind(job.ExpiresAt!.Value, DateTimeKind.Utc)).ToString("R");
                return Results.Text(ExportManifest.Write(job, chunks, BaseUrlResolver.Resolve(context), auth.Value.IsOn), "application/json", System.Text.Encoding.UTF8, StatusCodes.Status200OK);
            default:
                var total = await db.ExportChunks.CountAsync(c => c.ExportId == id && c.Seq < ExportJobs.RowErrorSeq, context.RequestAborted);
                var done = await db.ExportChunks.CountAsync(c => c.ExportId == id && c.Seq < ExportJobs.RowErrorSeq && c.Status == ExportStatus.Completed, context.RequestAborted);
                context.Response.Headers["X-Progress"] = total == 0 ? "planning" : $"{done} of {total} files written";
                context.Response.Headers.RetryAfter = options.Value.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.StatusCode(StatusCodes.Status202Accepted);
        }
    }

    private static async Task<IResult> CancelAsync(HttpContext context, Guid id, FhirStateDbContext db, ExportFiles files, TimeProvider clock)
    {
        var job = await Live(db, id, clock, files, context.RequestServices.GetRequiredService<FhirCallerContext>().Caller, context.RequestAborted);
        await db.ExportJobs.Where(j => j.Id == job.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Status, ExportStatus.Cancelled), context.RequestAborted);
        files.Remove(id);
        return Results.StatusCode(StatusCodes.Status202Accepted);
    }

    private static async Task FileAsync(HttpContext context, Guid id, int seq, FhirStateDbContext db, ExportFiles files, TimeProvider clock)
    {
        var job = await Live(db, id, clock, files, context.RequestServices.GetRequiredService<FhirCallerContext>().Caller, context.RequestAborted);
        var path = files.File(id, seq);
        if (job.Status != ExportStatus.Completed || !File.Exists(path))
        {
            throw FhirException.NotFound($"Export {id:N} has no file {seq}.");
        }

        var response = context.Response;
        response.ContentType = "application/fhir+ndjson";
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true);
        if (!context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase))
        {
            response.ContentLength = file.Length;
            await file.CopyToAsync(response.Body, context.RequestAborted);
            return;
        }

        response.Headers.ContentEncoding = "gzip";
        await using var gzip = new GZipStream(response.Body, CompressionLevel.Fastest, leaveOpen: true);
        await file.CopyToAsync(gzip, context.RequestAborted);
    }

    // A cancelled export, or one past its retention, is gone: 404, and its files with it.
    private static async Task<ExportJob> Live(FhirStateDbContext db, Guid id, TimeProvider clock, ExportFiles files, FhirCaller caller, CancellationToken cancellationToken)
    {
        var job = await db.ExportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
        if (job is null || job.Status == ExportStatus.Cancelled)
        {
            throw FhirException.NotFound($"There is no export {id:N} (it was cancelled, or never existed).");
        }

        ExportCaller.DemandOwner(job, caller);

        if (job.ExpiresAt is { } expires && expires <= clock.GetUtcNow().UtcDateTime)
        {
            files.Remove(id);
            throw FhirException.NotFound($"Export {id:N} expired at {expires:o}; its files were removed.");
        }

        return job;
    }
}
