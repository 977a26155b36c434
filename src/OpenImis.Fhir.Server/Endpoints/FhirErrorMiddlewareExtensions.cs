namespace OpenImis.Fhir.Server.Endpoints;

internal static class FhirErrorMiddlewareExtensions
{
    public static IApplicationBuilder UseFhirErrors(this IApplicationBuilder app) => app.UseMiddleware<FhirErrorMiddleware>();
}
