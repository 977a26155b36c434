using System.Text;
using System.Text.RegularExpressions;

namespace OpenImis.Fhir.Core.Security;

/// <summary>
/// Reads SMART resource scopes, v2 (<c>system/Patient.rs</c>, <c>user/*.cruds</c>) and v1 (<c>system/Patient.read</c>,
/// <c>.write</c>, <c>.*</c>). Other scopes (<c>openid</c>, <c>system/admin</c>, <c>launch</c>) are not resource scopes.
/// </summary>
public static partial class ScopeParser
{
    private const string Order = "cruds";

    /// <summary>
    /// Parses one scope. False with no refusal: not a resource scope. False with a refusal: a resource scope this
    /// server grants nothing for, and why (a query restriction, malformed letters).
    /// </summary>
    public static bool TryParse(string scope, out ScopeGrant? grant, out string? refusal)
    {
        grant = null;
        refusal = null;
        var match = Shape().Match(scope ?? string.Empty);
        if (!match.Success)
        {
            return false;
        }

        var context = match.Groups[1].Value switch
        {
            "system" => ScopeContext.System,
            "user" => ScopeContext.User,
            _ => ScopeContext.Patient,
        };
        var permissions = match.Groups[3].Value;
        if (permissions.Contains('?', StringComparison.Ordinal))
        {
            // SMART v2 lets a scope carry search parameters (patient/Observation.rs?category=laboratory). Honouring
            // them on every path (reads, includes, writes, export) is not built: the scope grants nothing rather
            // than more than it says.
            refusal = $"'{scope}' restricts by search parameters, which this server does not support: it grants nothing.";
            return false;
        }

        var interactions = Interactions(permissions);
        if (interactions == ScopeInteraction.None)
        {
            refusal = $"'{scope}' is not a SMART scope: after the type comes read, write, * or letters of 'cruds' in that order.";
            return false;
        }

        grant = new ScopeGrant(context, match.Groups[2].Value, interactions);
        return true;
    }

    /// <summary>The v2 letters of <paramref name="interactions"/>, in SMART's order.</summary>
    public static string Letters(ScopeInteraction interactions)
    {
        var letters = new StringBuilder(5);
        foreach (var (letter, flag) in Flags)
        {
            if (interactions.HasFlag(flag))
            {
                letters.Append(letter);
            }
        }

        return letters.ToString();
    }

    private static readonly (char Letter, ScopeInteraction Flag)[] Flags =
    [
        ('c', ScopeInteraction.Create), ('r', ScopeInteraction.Read), ('u', ScopeInteraction.Update),
        ('d', ScopeInteraction.Delete), ('s', ScopeInteraction.Search),
    ];

    private static ScopeInteraction Interactions(string permissions)
    {
        switch (permissions)
        {
            case "read":
                return ScopeInteraction.V1Read;
            case "write":
                return ScopeInteraction.V1Write;
            case "*":
                return ScopeInteraction.All;
        }

        // v2: a non-empty subsequence of "cruds", each letter at most once and in order.
        var result = ScopeInteraction.None;
        var at = 0;
        foreach (var letter in permissions)
        {
            var index = Order.IndexOf(letter, at);
            if (index < 0)
            {
                return ScopeInteraction.None;
            }

            result |= Flags[index].Flag;
            at = index + 1;
        }

        return result;
    }

    [GeneratedRegex(@"^(system|user|patient)/([A-Z][A-Za-z]*|\*)\.(.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
