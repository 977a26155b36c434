namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>
/// The scopes a token gets: what the client asked for, cut to what it is registered with. A requested scope wholly
/// inside an allowed one is granted as asked (v1 or v2 alike); one that only overlaps is narrowed to the overlap in
/// v2 form (asked <c>system/*.cruds</c>, allowed <c>system/Patient.rs</c>: granted <c>system/Patient.rs</c>).
/// Scopes that are not SMART resource scopes (<c>system/admin</c>) match by their exact string only.
/// </summary>
internal static class ScopeGrant
{
    public static IReadOnlyList<string> Intersect(IEnumerable<string> requested, IReadOnlyCollection<string> allowed)
    {
        var parsedAllowed = allowed.Select(SmartScope.Parse).OfType<SmartScope>().ToList();
        var granted = new List<string>();
        foreach (var scope in requested.Distinct(StringComparer.Ordinal))
        {
            if (allowed.Contains(scope, StringComparer.Ordinal))
            {
                granted.Add(scope);
                continue;
            }

            if (SmartScope.Parse(scope) is not { } asked)
            {
                continue;
            }

            var overlaps = parsedAllowed.Select(asked.Intersect).OfType<SmartScope>().ToList();
            if (overlaps.Any(o => o.Type == asked.Type && o.Permissions == asked.Permissions && o.Query == asked.Query))
            {
                granted.Add(scope);
                continue;
            }

            granted.AddRange(overlaps.Select(o => o.ToString()));
        }

        return [.. granted.Distinct(StringComparer.Ordinal)];
    }
}
