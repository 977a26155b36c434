using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>The FHIR REST routes under <c>/fhir</c>.</summary>
internal static class FhirEndpoints
{
    private static readonly string[] GetPost = [HttpMethods.Get, HttpMethods.Post];

    public static IEndpointRouteBuilder MapFhirEndpoints(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("/fhir");
        fhir.MapGet("/metadata", (HttpContext context, CapabilityStatementBuilder capabilities) =>
        {
            var request = FhirRequest.From(context);
            return new FhirResult(StatusCodes.Status200OK, capabilities.Build(request.BaseUrl), request);
        });

        fhir.MapMethods("/CodeSystem/$lookup", GetPost, TerminologyInteractions.LookupAsync);
        fhir.MapMethods("/ValueSet/$expand", GetPost, (HttpContext c, ValueSetExpansions e) => TerminologyInteractions.ExpandAsync(c, e, null));
        fhir.MapMethods("/ValueSet/{id}/$expand", GetPost, TerminologyInteractions.ExpandAsync);
        fhir.MapMethods("/ValueSet/$validate-code", GetPost, (HttpContext c, ValueSetExpansions e) => TerminologyInteractions.ValidateCodeAsync(c, e, null));
        fhir.MapMethods("/ValueSet/{id}/$validate-code", GetPost, TerminologyInteractions.ValidateCodeAsync);
        fhir.MapMethods("/ConceptMap/$translate", GetPost, (HttpContext c, ConceptTranslator t) => TerminologyInteractions.TranslateAsync(c, t, null));
        fhir.MapMethods("/ConceptMap/{id}/$translate", GetPost, TerminologyInteractions.TranslateAsync);
        fhir.MapPost("/{type}/$validate", ValidateInteractions.ValidateTypeAsync);
        fhir.MapPost("/{type}/{id}/$validate", ValidateInteractions.ValidateInstanceAsync);
        fhir.MapGet("/{type}/{id}/$validate", ValidateInteractions.ValidateStoredAsync);

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
