using static OpenIddict.Abstractions.OpenIddictConstants;

namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>A client's allowed scopes are kept as OpenIddict scope permissions (<c>scp:system/*.rs</c>).</summary>
internal static class ClientScopes
{
    public static IReadOnlyList<string> Of(IEnumerable<string> permissions) =>
        [.. permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal)).Select(p => p[Permissions.Prefixes.Scope.Length..])];

    public static IEnumerable<string> AsPermissions(IEnumerable<string> scopes) => scopes.Select(s => Permissions.Prefixes.Scope + s);
}
