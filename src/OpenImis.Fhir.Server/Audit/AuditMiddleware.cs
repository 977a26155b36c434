using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.AspNetCore;
using OpenImis.Fhir.Core.Observability;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Server.Endpoints;
using OpenImis.Fhir.Server.OpenHim;
using OpenImis.Fhir.Server.Security;

namespace OpenImis.Fhir.Server.Audit;

/// <summary>
/// The one place that sees every interaction: outside the error handler and the security middleware, it reads
/// after the response what the REST layer and the engine decided (<see cref="RequestFacts"/>, the caller, the status)
/// and enqueues an <see cref="AuditEntry"/>. Nothing here touches the database or builds FHIR: the writer does that.
/// Audited: every <c>/fhir</c> request but the open discovery documents (<c>metadata</c>, <c>.well-known</c>, which
/// carry no data), and refused token requests on the SMART token endpoint.
/// </summary>
internal sealed class AuditMiddleware(RequestDelegate next, AuditQueue queue, TimeProvider clock)
{
    private static readonly PathString Fhir = "/fhir";

    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var audited = IsAudited(path);
        var token = !audited && path.Equals(SmartEndpoints.TokenPath, StringComparison.OrdinalIgnoreCase);
        if (!audited && !token)
        {
            await next(context);
            return;
        }

        var recorded = clock.GetUtcNow().UtcDateTime;
        var aborted = false;
        queue.Begin();
        try
        {
            await next(context);
        }
        catch
        {
            aborted = true;
            throw;
        }
        finally
        {
            AuditEntry? entry = null;
            try
            {
                var status = aborted ? StatusCodes.Status500InternalServerError : context.Response.StatusCode;
                // A token request is audited when refused (400/401 invalid_client, invalid_grant...), not when the path is unknown.
                if (audited || (status is StatusCodes.Status400BadRequest or StatusCodes.Status401Unauthorized))
                {
                    entry = Capture(context, recorded, status, aborted || context.RequestAborted.IsCancellationRequested, token);
                }
            }
            finally
            {
                queue.End(entry);
            }
        }
    }

    private static bool IsAudited(PathString path) =>
        path.StartsWithSegments(Fhir, StringComparison.OrdinalIgnoreCase)
        && ProtectedPaths.Classify(path) != PathAccess.Open;

    private static AuditEntry Capture(HttpContext context, DateTime recorded, int status, bool aborted, bool token)
    {
        var items = context.Items;
        var request = context.Request;
        var (pathType, pathInteraction) = FhirInteraction.Infer(request.Method, request.Path, Fhir);
        var login = token || status == StatusCodes.Status401Unauthorized;
        var interaction = login
            ? AuditInteraction.Login
            : AuditInteraction.Classify(items[RequestFacts.Interaction] as string ?? pathInteraction, request.Method);
        var caller = context.RequestServices.GetService<FhirCallerContext>()?.Caller;
        return new AuditEntry
        {
            Id = Guid.NewGuid(),
            Recorded = recorded,
            Interaction = interaction,
            Status = status,
            Aborted = aborted,
            Method = request.Method,
            Path = request.Path.Value ?? string.Empty,
            Query = request.QueryString.HasValue ? request.QueryString.Value![1..] : null,
            Caller = caller is null || caller.IsUnrestricted && caller.ClientId is null ? null : caller,
            ClaimedClient = login ? ClaimedClient(context, token) : null,
            Address = context.Connection.RemoteIpAddress?.ToString(),
            BaseUrl = BaseUrlResolver.Resolve(context),
            ResourceType = NonEmpty(items[RequestFacts.ResourceType] as string) ?? pathType,
            Result = items[RequestFacts.Result],
        };
    }

    // Who the refused credentials say they are: the token request's client_id (or its assertion's issuer), or the
    // bearer token's azp/client_id/sub read without validation. Recorded as claimed, never as proven.
    private static string? ClaimedClient(HttpContext context, bool token)
    {
        try
        {
            if (token)
            {
                var request = context.GetOpenIddictServerRequest();
                return request?.ClientId ?? (request?.ClientAssertion is { } assertion ? new JsonWebToken(assertion).Issuer : null);
            }

            var header = context.Request.Headers.Authorization.ToString();
            if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var jwt = new JsonWebToken(header[7..].Trim());
            return Claim(jwt, "azp") ?? Claim(jwt, "client_id") ?? Claim(jwt, "sub");
        }
        catch (ArgumentException)
        {
            return null; // not a JWT: nothing is claimed
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string? Claim(JsonWebToken jwt, string type) =>
        jwt.TryGetPayloadValue<string>(type, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
