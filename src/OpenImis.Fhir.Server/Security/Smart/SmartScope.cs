namespace OpenImis.Fhir.Server.Security.Smart;

/// <summary>
/// A SMART resource scope, <c>context/Type.permissions</c>: v2 letters (<c>cruds</c>) or v1 words (<c>read</c> =
/// <c>rs</c>, <c>write</c> = <c>cud</c>, <c>*</c> = <c>cruds</c>), an optional v2 query (<c>?category=x</c>).
/// </summary>
internal sealed record SmartScope(string Context, string Type, string Permissions, string? Query)
{
    private const string Order = "cruds";

    public static SmartScope? Parse(string scope)
    {
        var slash = scope.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return null;
        }

        var context = scope[..slash];
        if (context is not ("system" or "user" or "patient"))
        {
            return null;
        }

        var rest = scope[(slash + 1)..];
        string? query = null;
        var question = rest.IndexOf('?', StringComparison.Ordinal);
        if (question >= 0)
        {
            query = rest[(question + 1)..];
            rest = rest[..question];
        }

        var dot = rest.LastIndexOf('.');
        if (dot <= 0 || dot == rest.Length - 1)
        {
            return null;
        }

        var permissions = Letters(rest[(dot + 1)..]);
        return permissions is null ? null : new SmartScope(context, rest[..dot], permissions, query);
    }

    /// <summary>What both scopes allow, or null when nothing.</summary>
    public SmartScope? Intersect(SmartScope other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (Context != other.Context)
        {
            return null;
        }

        var type = Type == "*" ? other.Type : other.Type == "*" || other.Type == Type ? Type : null;
        if (type is null)
        {
            return null;
        }

        // A query narrows a scope; two different queries cannot be combined into one scope string.
        if (Query is not null && other.Query is not null && Query != other.Query)
        {
            return null;
        }

        var permissions = new string([.. Order.Where(c => Permissions.Contains(c, StringComparison.Ordinal) && other.Permissions.Contains(c, StringComparison.Ordinal))]);
        return permissions.Length == 0 ? null : new SmartScope(Context, type, permissions, Query ?? other.Query);
    }

    public override string ToString() => $"{Context}/{Type}.{Permissions}" + (Query is null ? string.Empty : "?" + Query);

    private static string? Letters(string permissions)
    {
        switch (permissions)
        {
            case "read":
                return "rs";
            case "write":
                return "cud";
            case "*":
                return Order;
        }

        // v2 letters appear at most once each, in the order c, r, u, d, s.
        var position = -1;
        foreach (var letter in permissions)
        {
            var index = Order.IndexOf(letter, StringComparison.Ordinal);
            if (index <= position)
            {
                return null;
            }

            position = index;
        }

        return permissions;
    }
}
