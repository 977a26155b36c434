using Hl7.Fhir.Model;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.Server.Security;

/// <summary>
/// With auth on: validates the bearer token of every protected path, builds the <see cref="FhirCaller"/>, runs the
/// registered <see cref="ICallerEnricher"/>s in order and hands the caller to the engine. A missing or invalid token
/// is a 401, an operator surface without the admin scope a 403, both with an OperationOutcome.
/// </summary>
internal sealed class CallerMiddleware(RequestDelegate next, IOptions<AuthOptions> options, ILogger<CallerMiddleware> logger)
{
    public async System.Threading.Tasks.Task InvokeAsync(HttpContext context, FhirCallerContext callerContext, IEnumerable<ICallerEnricher> enrichers)
    {
        var access = ProtectedPaths.Classify(context.Request.Path);
        if (access == PathAccess.Open)
        {
            await next(context);
            return;
        }

        var settings = options.Value;
        var result = await context.AuthenticateAsync(AuthSchemes.For(settings.Mode));
        if (!result.Succeeded)
        {
            var reason = result.Failure?.Message;
            if (reason is not null)
            {
                logger.LogInformation("Refused a token on {Method} {Path}: {Reason}", context.Request.Method, context.Request.Path, reason);
            }

            // RFC 6750: no error code when no token came at all; invalid_token otherwise. The reason stays in the log.
            context.Response.Headers.WWWAuthenticate = result.None
                ? "Bearer realm=\"openIMIS FHIR\""
                : "Bearer realm=\"openIMIS FHIR\", error=\"invalid_token\"";
            await OutcomeResponse.WriteAsync(context, StatusCodes.Status401Unauthorized, OperationOutcome.IssueType.Login,
                result.None
                    ? "This endpoint needs a bearer token; see /.well-known/smart-configuration for how to get one."
                    : "The bearer token is not valid (expired, not yet valid, wrongly signed, or for another issuer or audience).");
            return;
        }

        context.User = result.Principal;
        var caller = CallerFactory.Create(result.Principal, settings);
        foreach (var enricher in enrichers)
        {
            caller = await enricher.EnrichAsync(caller, context.RequestAborted);
        }

        callerContext.Caller = caller;
        if (access == PathAccess.Admin && !caller.Scopes.Contains(settings.AdminScope, StringComparer.Ordinal))
        {
            await OutcomeResponse.WriteAsync(context, StatusCodes.Status403Forbidden, OperationOutcome.IssueType.Forbidden,
                $"This operator surface needs the scope '{settings.AdminScope}'.");
            return;
        }

        await next(context);
    }
}
