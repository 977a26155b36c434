
namespace OpenImis.Fhir.Server.OpenHim;

/// <summary>
/// Reads the FHIR interaction and resource type from a request's method and path, for when the
/// REST layer did not set <see cref="Core.Observability.RequestFacts"/> (e.g. it failed before routing).
/// </summary>
internal static class FhirInteraction
{
    public static (string? ResourceType, string? Interaction) Infer(string method, PathString path, PathString basePath)
    {
        if (!path.StartsWithSegments(basePath, out var rest))
        {
            return (null, null);
        }

        var segments = (rest.Value ?? string.Empty).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return (null, method == HttpMethods.Post ? "batch" : "search-system");
        }

        if (segments[0] == "metadata")
        {
            return (null, "capabilities");
        }

        var operation = segments.FirstOrDefault(s => s.StartsWith('$'));
        var type = char.IsAsciiLetterUpper(segments[0][0]) ? segments[0] : null;
        if (operation is not null)
        {
            return (type, operation);
        }

        return (type, segments.Length switch
        {
            1 when method == HttpMethods.Get => "search-type",
            1 when method == HttpMethods.Post => "create",
            1 when method == HttpMethods.Put => "update",
            1 when method == HttpMethods.Delete => "delete",
            2 when segments[1] == "_search" => "search-type",
            2 when segments[1] == "_history" => "history-type",
            2 when method == HttpMethods.Get => "read",
            2 when method == HttpMethods.Put => "update",
            2 when method == HttpMethods.Patch => "patch",
            2 when method == HttpMethods.Delete => "delete",
            3 when segments[2] == "_history" => "history-instance",
            4 when segments[2] == "_history" => "vread",
            _ => null,
        });
    }
}
