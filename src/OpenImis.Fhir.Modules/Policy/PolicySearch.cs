using System.Linq.Expressions;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Policy.Data;

namespace OpenImis.Fhir.Modules.Policy;

/// <summary>Search over a policy's period [StartDate, ExpiryDate], shared by Coverage and Contract.</summary>
internal static class PolicySearch
{
    /// <summary>
    /// A date parameter over the period as FHIR compares periods: eq overlaps the day(s) searched, ge/gt need the
    /// period to reach into or past them, le/lt to start within or before them.
    /// </summary>
    public static SearchParameter<PolicyRow> Period(string name, string expression, string description) =>
        new SearchParameter<PolicyRow>(name, SearchParamType.Date, expression, description, value => value switch
        {
            DateValue date => For(date),
            _ => throw FhirInvalid(name),
        }).WithDefinition($"{Shared.OpenImisIg.Base}/SearchParameter/{expression.Split('.')[0]}-{name}"); // R4 core has none

    private static Expression<Func<PolicyRow, bool>> For(DateValue value)
    {
        var start = DateOnly.FromDateTime(value.Start);
        var end = DateOnly.FromDateTime(value.End); // exclusive
        return value.Prefix switch
        {
            SearchPrefix.Ge => p => p.ExpiryDate == null || p.ExpiryDate >= start,
            SearchPrefix.Gt or SearchPrefix.Sa => p => p.ExpiryDate == null || p.ExpiryDate >= end,
            SearchPrefix.Le => p => p.StartDate < end,
            SearchPrefix.Lt or SearchPrefix.Eb => p => p.StartDate < start,
            SearchPrefix.Ne => p => !(p.StartDate < end && (p.ExpiryDate == null || p.ExpiryDate >= start)),
            _ => p => p.StartDate < end && (p.ExpiryDate == null || p.ExpiryDate >= start),
        };
    }

    private static Core.Errors.FhirException FhirInvalid(string name) =>
        Core.Errors.FhirException.BadRequest($"Search parameter '{name}' takes a date.");
}
