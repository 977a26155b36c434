using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>The FHIR REST routes under <c>/fhir</c>.</summary>
internal static class FhirEndpoints
{
    private static readonly string[] GetPost = [HttpMethods.Get, HttpMethods.Post];
    private const string Type = "{type:" + ResourceTypeConstraint.Name + "}";

    public static IServiceCollection AddFhirEndpoints(this IServiceCollection services) =>
        services.Configure<RouteOptions>(o => o.SetParameterPolicy<ResourceTypeConstraint>(ResourceTypeConstraint.Name));

    public static IEndpointRouteBuilder MapFhirEndpoints(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("/fhir");
        fhir.MapGet("/metadata", (HttpContext context, CapabilityStatementBuilder capabilities) =>
        {
            var request = FhirRequest.From(context);
            return new FhirResult(StatusCodes.Status200OK, capabilities.Build(request.BaseUrl), request);
        });

        // Routing picks the method before the {type} constraint, so the other methods need saying here to get a 405.
        fhir.MapMethods("/metadata", [HttpMethods.Post, HttpMethods.Put, HttpMethods.Patch, HttpMethods.Delete], () =>
            Results.StatusCode(StatusCodes.Status405MethodNotAllowed));

        fhir.MapMethods("/CodeSystem/$lookup", GetPost, TerminologyInteractions.LookupAsync);
        fhir.MapMethods("/ValueSet/$expand", GetPost, (HttpContext c, ValueSetExpansions e) => TerminologyInteractions.ExpandAsync(c, e, null));
        fhir.MapMethods("/ValueSet/{id}/$expand", GetPost, TerminologyInteractions.ExpandAsync);
        fhir.MapMethods("/ValueSet/$validate-code", GetPost, (HttpContext c, ValueSetExpansions e) => TerminologyInteractions.ValidateCodeAsync(c, e, null));
        fhir.MapMethods("/ValueSet/{id}/$validate-code", GetPost, TerminologyInteractions.ValidateCodeAsync);
        fhir.MapMethods("/ConceptMap/$translate", GetPost, (HttpContext c, ConceptTranslator t) => TerminologyInteractions.TranslateAsync(c, t, null));
        fhir.MapMethods("/ConceptMap/{id}/$translate", GetPost, TerminologyInteractions.TranslateAsync);
        fhir.MapPost($"/{Type}/$validate", ValidateInteractions.ValidateTypeAsync);
        fhir.MapPost($"/{Type}/{{id}}/$validate", ValidateInteractions.ValidateInstanceAsync);
        fhir.MapGet($"/{Type}/{{id}}/$validate", ValidateInteractions.ValidateStoredAsync);

        fhir.MapPost("/", SystemInteractions.BundleAsync);
        fhir.MapGet($"/{Type}", SearchInteractions.SearchAsync);
        fhir.MapPost($"/{Type}/_search", SearchInteractions.SearchPostAsync);
        fhir.MapGet($"/{Type}/_history", SearchInteractions.TypeHistoryAsync);
        fhir.MapPost($"/{Type}", WriteInteractions.CreateAsync);
        fhir.MapPut($"/{Type}", WriteInteractions.ConditionalUpdateAsync);
        fhir.MapPatch($"/{Type}", WriteInteractions.ConditionalPatchAsync);
        fhir.MapDelete($"/{Type}", WriteInteractions.ConditionalDeleteAsync);
        fhir.MapGet($"/{Type}/{{id}}", ReadInteractions.ReadAsync);
        fhir.MapPut($"/{Type}/{{id}}", WriteInteractions.UpdateAsync);
        fhir.MapPatch($"/{Type}/{{id}}", WriteInteractions.PatchAsync);
        fhir.MapDelete($"/{Type}/{{id}}", WriteInteractions.DeleteAsync);
        fhir.MapGet($"/{Type}/{{id}}/_history", SearchInteractions.InstanceHistoryAsync);
        fhir.MapGet($"/{Type}/{{id}}/_history/{{versionId}}", ReadInteractions.ReadVersionAsync);
        return app;
    }
}
