using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.Core.Formatting;
using OpenImis.Fhir.Core.Rest;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>Writes a FHIR resource (or nothing) with a status and the version headers.</summary>
internal sealed class FhirResult(int status, Resource? resource, FhirRequest request) : IResult
{
    public string? Location { get; init; }

    /// <summary>The resource whose version goes into ETag and Last-Modified (the body, or the unchanged resource of a 304).</summary>
    public Resource? VersionOf { get; init; }

    public async System.Threading.Tasks.Task ExecuteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = status;
        // A create says where the new resource is; any other write says where the version it answers with is.
        if (Location is not null && status == StatusCodes.Status201Created)
        {
            response.Headers.Location = Location;
        }
        else if (Location is not null)
        {
            response.Headers.ContentLocation = Location;
        }

        if (VersionOf?.Meta is { VersionId: not null } meta)
        {
            response.Headers.ETag = VersionIds.ETag(meta.VersionId);
            if (meta.LastUpdated is { } lastUpdated)
            {
                response.Headers.LastModified = lastUpdated.ToString("R");
            }
        }

        if (resource is null)
        {
            return;
        }

        var summary = request.Summary == SummaryType.Count ? SummaryType.False : request.Summary;
        var serialization = context.RequestServices.GetRequiredService<FhirSerialization>();
        // The id and meta stay in a subset: the serializer tags meta SUBSETTED, so that nobody stores it back whole.
        var elements = request.Elements?.Union(["id", "meta"]).ToArray();
        var body = serialization.Serialize(resource, request.Format, summary, elements, request.Pretty);
        response.ContentType = $"{ContentNegotiation.MediaType(request.Format)}; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }
}
