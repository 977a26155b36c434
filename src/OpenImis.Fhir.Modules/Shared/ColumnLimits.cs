using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Modules.Shared;

/// <summary>Checks text against the width of its openIMIS column, so that a long value is a 422 and not a database error.</summary>
internal static class ColumnLimits
{
    public static string? Fit(string? value, int maxLength, string element) =>
        value is not null && value.Length > maxLength
            ? throw FhirException.Unprocessable($"{element} is longer than the {maxLength} characters openIMIS stores.", element)
            : value;

    public static string Required(string? value, int maxLength, string element) =>
        string.IsNullOrWhiteSpace(value)
            ? throw FhirException.Unprocessable($"{element} is required.", element)
            : Fit(value, maxLength, element)!;
}
