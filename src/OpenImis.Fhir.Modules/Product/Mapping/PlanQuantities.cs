using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Modules.Product.Mapping;

/// <summary>The whole numbers openIMIS stores for the guide's quantities and decimals (months, members, percentages).</summary>
internal static class PlanQuantities
{
    public const string Months = "months";

    public static Quantity Of(int value, string unit) => new() { Value = value, Unit = unit };

    /// <summary>The whole, non-negative number of a quantity or decimal; null without one; 422 naming <paramref name="element"/> otherwise.</summary>
    public static int? Whole(decimal? value, string element, int max = int.MaxValue)
    {
        if (value is not { } v)
        {
            return null;
        }

        return v < 0 || v > max || v != decimal.Truncate(v)
            ? throw FhirException.Unprocessable($"{element}: openIMIS stores a whole number from 0 to {max}, not {v}.", element)
            : (int)v;
    }

    public static int? Whole(DataType? value, string element, int max = int.MaxValue) => value switch
    {
        null => null,
        Quantity q => Whole(q.Value, element, max),
        FhirDecimal d => Whole(d.Value, element, max),
        UnsignedInt u => Whole(u.Value, element, max),
        Integer i => Whole(i.Value, element, max),
        _ => throw FhirException.Unprocessable($"{element}: expected a number, got {value.TypeName}.", element),
    };
}
