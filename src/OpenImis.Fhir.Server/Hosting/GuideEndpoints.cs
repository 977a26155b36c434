using OpenImis.Fhir.Core.Conformance.Guide;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>
/// Publishes the implementation guide at <c>/ig/</c>: the static site (<c>/ig/</c> is its index), the FHIR NPM package
/// at <c>/ig/package.tgz</c> and every resource as JSON under <c>/ig/json/</c>. Made on the first request, then kept.
/// </summary>
internal static class GuideEndpoints
{
    private const string Index = "index.html";

    public static IEndpointRouteBuilder MapGuide(this IEndpointRouteBuilder app)
    {
        var content = new Lazy<GuideContent>(() => GuideContent.Build(Path.Combine(AppContext.BaseDirectory, "profiles")));
        app.MapGet("/ig/{**path}", (HttpContext context, string? path) => Answer(context, content, path));
        return app;
    }

    private static IResult Answer(HttpContext context, Lazy<GuideContent> content, string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            // "/ig" comes here too; the site links its pages relatively, which needs the trailing slash.
            if (context.Request.Path.Value?.EndsWith('/') != true)
            {
                return Results.Redirect($"{context.Request.PathBase}{context.Request.Path}/");
            }

            path = Index;
        }

        return content.Value.Find(path) is { } file
            ? Results.Bytes(file.Content, file.ContentType, entityTag: file.ETag)
            : Results.Text($"The guide has no file '{path}'; its pages start at {Index}, its package is {GuideSite.PackageFile}.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }
}
