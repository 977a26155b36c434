using OpenImis.Fhir.Core.Conformance;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>The FHIR REST routes under <c>/fhir</c>.</summary>
internal static class FhirEndpoints
{
    public static IEndpointRouteBuilder MapFhirEndpoints(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("/fhir");
        fhir.MapGet("/metadata", (HttpContext context, CapabilityStatementBuilder capabilities) =>
        {
            var request = FhirRequest.From(context);
            return new FhirResult(StatusCodes.Status200OK, capabilities.Build(request.BaseUrl), request);
        });

        fhir.MapGet("/{type}", SearchInteractions.SearchAsync);
        fhir.MapPost("/{type}/_search", SearchInteractions.SearchPostAsync);
        fhir.MapGet("/{type}/_history", SearchInteractions.TypeHistoryAsync);
        fhir.MapPost("/{type}", WriteInteractions.CreateAsync);
        fhir.MapGet("/{type}/{id}", ReadInteractions.ReadAsync);
        fhir.MapPut("/{type}/{id}", WriteInteractions.UpdateAsync);
        fhir.MapDelete("/{type}/{id}", WriteInteractions.DeleteAsync);
        fhir.MapGet("/{type}/{id}/_history", SearchInteractions.InstanceHistoryAsync);
        fhir.MapGet("/{type}/{id}/_history/{versionId}", ReadInteractions.ReadVersionAsync);
        return app;
    }
}
