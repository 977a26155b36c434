using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>
/// The scopes a token gets: what the client asked for, cut to what it is registered with, read by the engine's own
/// <see cref="ScopeParser"/> so that the token server and the engine agree on what a scope means. A requested scope
/// wholly inside an allowed one is granted as asked (v1 or v2 alike); one that only overlaps is narrowed to the overlap
/// in v2 form (asked <c>system/*.cruds</c>, allowed <c>system/Patient.rs</c>: granted <c>system/Patient.rs</c>). Scopes
/// the engine does not take as resource scopes (<c>system/admin</c>, or a query-restricted scope, which grants
/// nothing there) match by their exact string only.
/// </summary>
internal static class ClientScopeGrant
{
    public static IReadOnlyList<string> Intersect(IEnumerable<string> requested, IReadOnlyCollection<string> allowed)
    {
        var parsedAllowed = allowed.Select(Parse).OfType<ScopeGrant>().ToList();
        var granted = new List<string>();
        foreach (var scope in requested.Distinct(StringComparer.Ordinal))
        {
            if (allowed.Contains(scope, StringComparer.Ordinal))
            {
                granted.Add(scope);
                continue;
            }

            if (Parse(scope) is not { } asked)
            {
                continue;
            }

            var overlaps = parsedAllowed.Select(asked.Intersect).OfType<ScopeGrant>().ToList();
            if (overlaps.Contains(asked))
            {
                granted.Add(scope);
                continue;
            }

            granted.AddRange(overlaps.Select(o => o.ToString()));
        }

        return [.. granted.Distinct(StringComparer.Ordinal)];
    }

    private static ScopeGrant? Parse(string scope) => ScopeParser.TryParse(scope, out var grant, out _) ? grant : null;
}
