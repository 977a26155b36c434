using System.Globalization;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Policy;

/// <summary>Dates of a policy as FHIR dates; an Idle policy has no effective date yet, said with data-absent-reason.</summary>
internal static class PolicyDates
{
    public static Date Date(DateOnly? date) =>
        date is { } d ? new Date(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : DataAbsent.Unknown(new Date());

    public static Period Period(DateOnly? start, DateOnly? end) => new() { StartElement = DateTime(start), EndElement = DateTime(end) };

    public static FhirDateTime DateTime(DateOnly? date) =>
        date is { } d ? new FhirDateTime(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : DataAbsent.Unknown(new FhirDateTime());

    public static string? Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? Parse(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
