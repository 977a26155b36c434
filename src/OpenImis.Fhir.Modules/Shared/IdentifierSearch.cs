using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Modules.Shared;

/// <summary>
/// The <c>identifier</c> token over the IG's two identifiers, which carry a type but no system. The token's system
/// names the type instead: <c>Code|x</c> is the code, <c>UUID|x</c> (or <c>urn:ietf:rfc:3986|urn:uuid:x</c>) the
/// UUID; a bare value (or <c>|x</c>) matches either, and so does the type system's own URL (<c>openimis-identifiers|x</c>),
/// which names the types without choosing one. <c>:of-type</c> names the type as FHIR does:
/// <c>identifier:of-type=https://openimis.github.io/openimis_fhir_r4_ig/CodeSystem/openimis-identifiers|Code|x</c>.
/// </summary>
internal static class IdentifierSearch
{
    private const string UriSystem = "urn:ietf:rfc:3986";
    private const string UrnUuidPrefix = "urn:uuid:";

    public static Expression<Func<T, bool>> Match<T>(TokenValue token, Expression<Func<T, string?>> code, Expression<Func<T, string>> uuid)
    {
        if (token.TypeCode is not null)
        {
            // Only the guide's identifier types exist here: another type system matches nothing.
            return token.TypeSystem == OpenImisIg.IdentifierTypeSystem && token.TypeCode is IgIdentifiers.Code or IgIdentifiers.Uuid
                ? Match(new TokenValue(token.TypeCode, token.Code), code, uuid)
                : Predicates.False<T>();
        }

        if (token.System == OpenImisIg.IdentifierTypeSystem)
        {
            token = token with { System = null };
        }

        var matchesCode = token.System is null or "" or IgIdentifiers.Code;
        var matchesUuid = token.System is null or "" or IgIdentifiers.Uuid or UriSystem;
        if (token.Code is null)
        {
            // "Code|" asks for rows that have a code; every row has a UUID.
            return token.System == IgIdentifiers.Code
                ? Predicates.Compare<T, string?, string?>(code, null, Expression.NotEqual)
                : matchesUuid ? Predicates.True<T>() : Predicates.False<T>();
        }

        var value = token.System == UriSystem && token.Code.StartsWith(UrnUuidPrefix, StringComparison.OrdinalIgnoreCase)
            ? token.Code[UrnUuidPrefix.Length..]
            : token.Code;
        var predicate = Predicates.False<T>();
        if (matchesCode && token.System != UriSystem)
        {
            predicate = Predicates.Or(predicate, Predicates.Compare<T, string?, string?>(code, value, Expression.Equal));
        }

        if (matchesUuid && Guid.TryParse(value, out _))
        {
            predicate = Predicates.Or(predicate, Predicates.UuidEquals(uuid, value));
        }

        return predicate;
    }
}
