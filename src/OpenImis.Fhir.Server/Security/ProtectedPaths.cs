namespace OpenImis.Fhir.Server.Security;

/// <summary>Which paths need a token, and which need the admin scope, when auth is on.</summary>
internal static class ProtectedPaths
{
    public static PathAccess Classify(PathString path)
    {
        // Discovery stays open: a client needs it to find out how to get a token.
        if (path.Equals("/fhir/metadata", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/fhir/.well-known", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/.well-known", StringComparison.OrdinalIgnoreCase))
        {
            return PathAccess.Open;
        }

        if (path.StartsWithSegments("/fhir", StringComparison.OrdinalIgnoreCase))
        {
            return PathAccess.Caller;
        }

        // The probes stay open for orchestrators; /health is the operator's detailed view, as is the dashboard.
        if (path.StartsWithSegments("/jobs", StringComparison.OrdinalIgnoreCase)
            || path.Equals("/health", StringComparison.OrdinalIgnoreCase)
            || path.Equals("/health/", StringComparison.OrdinalIgnoreCase))
        {
            return PathAccess.Admin;
        }

        return PathAccess.Open;
    }
}
