using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.Server.Export;

/// <summary>
/// Who an export belongs to, for the per-client limits: the OAuth client id when auth is on, else the remote address
/// (without auth the server listens on loopback only, or behind OpenHIM, so that is one bucket per host), else one
/// anonymous bucket.
/// </summary>
internal static class ExportClient
{
    public static string Key(HttpContext context) =>
        context.RequestServices.GetRequiredService<FhirCallerContext>().Caller.ClientId is { Length: > 0 } client
            ? "client:" + client
            : context.Connection.RemoteIpAddress is { } address
                ? "ip:" + address
                : "anonymous";
}
