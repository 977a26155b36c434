using Microsoft.AspNetCore.WebUtilities;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>The search criteria of a conditional interaction, and the key that serialises writers using the same ones.</summary>
public static class ConditionalCriteria
{
    /// <summary>The criteria of an If-None-Exist header (<c>identifier=x&amp;birthdate=y</c>, with or without <c>?</c>).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> FromHeader(string header) => FromQuery(header, "If-None-Exist");

    /// <summary>The criteria of a query string; 400 when there is none, since no criteria would match everything.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> FromQuery(string query, string where)
    {
        var parsed = QueryHelpers.ParseQuery(query.StartsWith('?') ? query : "?" + query);
        var pairs = parsed.SelectMany(p => p.Value.Select(v => new KeyValuePair<string, string>(p.Key, v ?? string.Empty))).ToList();
        return pairs.Count > 0 ? pairs : throw FhirException.BadRequest($"{where} '{query}' holds no search parameter.");
    }

    /// <summary>
    /// The same text for the same criteria in any order, so that two clients sending one condition in different
    /// orders wait for each other.
    /// </summary>
    public static string Key(IEnumerable<KeyValuePair<string, string>> criteria) =>
        string.Join('&', criteria
            .OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal)
            .Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
}
