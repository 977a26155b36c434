namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>
/// The <c>{type}</c> segment of a FHIR route: resource types start with a capital letter, so a lower-case first
/// segment (<c>metadata</c>) is never read as a type, and e.g. PATCH /metadata answers 405 rather than reaching the
/// conditional patch of a type "metadata". (The built-in regex constraint ignores case.)
/// </summary>
internal sealed class ResourceTypeConstraint : IRouteConstraint
{
    public const string Name = "fhirType";

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection) =>
        values.TryGetValue(routeKey, out var value) && value is string { Length: > 0 } type && char.IsAsciiLetterUpper(type[0]) && type.All(char.IsAsciiLetter);
}
