using System.Globalization;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Core.Search;

/// <summary>
/// The query parameters of the official openIMIS FHIR module that mean something here, rewritten into standard
/// ones before parsing: <c>refDate</c> (versions valid from that date: <c>_lastUpdated=ge</c>), <c>refEndDate</c>
/// (<c>_lastUpdated=lt</c>), <c>page-offset</c> (a 1-based page number: <c>_offset</c> of that page) and
/// <c>code</c> on a type that has no <c>code</c> parameter of its own but an <c>identifier</c> (the module's
/// Organization, Practitioner and PractitionerRole take the business code as <c>code</c>). The paging links then carry
/// the standard parameters.
/// </summary>
public static class LegacySearchParameters
{
    /// <summary>
    /// The parameters with the legacy ones rewritten; the others as given, in order. <paramref name="declares"/> says
    /// whether the searched type has a parameter of that name: a legacy name the type declares keeps its own meaning.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Rewrite(
        IReadOnlyList<KeyValuePair<string, string>> parameters, SearchOptions options, Func<string, bool> declares)
    {
        // Asked only when a code parameter comes, so an ordinary search pays nothing for it.
        var codeIsIdentifier = parameters.Any(p => IsCode(p.Key)) && !declares("code") && declares("identifier");
        if (!parameters.Any(p => p.Key is "refDate" or "refEndDate" or "page-offset" || (codeIsIdentifier && IsCode(p.Key))))
        {
            return parameters;
        }

        var count = parameters.LastOrDefault(p => p.Key == "_count") is { Key: not null } given
            && int.TryParse(given.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var asked)
                ? Math.Min(asked, options.MaxCount)
                : options.DefaultCount;
        return parameters.Select(p => p.Key switch
        {
            "refDate" => new KeyValuePair<string, string>("_lastUpdated", "ge" + Date(p)),
            "refEndDate" => new KeyValuePair<string, string>("_lastUpdated", "lt" + Date(p)),
            "page-offset" => new KeyValuePair<string, string>("_offset", ((long)(Page(p) - 1) * count).ToString(CultureInfo.InvariantCulture)),
            _ when codeIsIdentifier && IsCode(p.Key) => new KeyValuePair<string, string>("identifier" + p.Key["code".Length..], p.Value),
            _ => p,
        }).ToList();
    }

    // code, or code with a modifier (code:not, code:missing), which identifier then takes as its own.
    private static bool IsCode(string key) => key == "code" || key.StartsWith("code:", StringComparison.Ordinal);

    // The module takes a date (YYYY-MM-DD) or a date-time; a prefix would change its meaning.
    private static string Date(KeyValuePair<string, string> parameter) =>
        parameter.Value.Length >= 10 && char.IsDigit(parameter.Value[0])
            ? parameter.Value
            : throw FhirException.BadRequest($"{parameter.Key}={parameter.Value}: expected a date, YYYY-MM-DD.");

    private static int Page(KeyValuePair<string, string> parameter) =>
        int.TryParse(parameter.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
            ? page
            : throw FhirException.BadRequest($"page-offset={parameter.Value}: expected a page number from 1.");
}
