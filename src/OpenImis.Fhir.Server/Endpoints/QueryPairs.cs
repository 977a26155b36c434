using Microsoft.Extensions.Primitives;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>Query-string or form parameters as ordered name/value pairs, one per value of a repeated name.</summary>
internal static class QueryPairs
{
    public static List<KeyValuePair<string, string>> From(IEnumerable<KeyValuePair<string, StringValues>> source) =>
        [.. source.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty)))];
}
