using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;

namespace OpenImis.Fhir.Modules.Medical.Mapping;

/// <summary>The price, frequency and amount shapes shared by items and services, both ways.</summary>
internal static class MedicalValues
{
    // numeric(18,2): 16 digits before the point, 2 after.
    private const decimal NumericLimit = 10_000_000_000_000_000m;

    public static Extension UnitPrice(string url, decimal price, Money.Currencies? currency) =>
        new(url, new Money { Value = price, Currency = currency });

    /// <summary>The price of the unit-price extension: required, 0 or more, in the server's currency when it has one.</summary>
    public static decimal Price(Extension? unitPrice, Money.Currencies? currency, string element)
    {
        if (unitPrice?.Value is not Money { Value: { } value } money)
        {
            throw FhirException.Unprocessable($"{element} is required: openIMIS needs the unit price (valueMoney.value).", element);
        }

        if (currency is not null && money.Currency is { } given && given != currency)
        {
            throw FhirException.Unprocessable($"{element}: prices are in {currency}, not {given}.", element);
        }

        return value >= 0 ? Numeric(value, element) : throw FhirException.Unprocessable($"{element}: the price cannot be negative.", element);
    }

    /// <summary>A value that fits numeric(18,2) exactly: no silent rounding.</summary>
    public static decimal Numeric(decimal value, string element) =>
        Math.Abs(value) < NumericLimit && decimal.Round(value, 2) == value
            ? value
            : throw FhirException.Unprocessable($"{element}: {value} does not fit openIMIS's numeric(18,2).", element);

    /// <summary>The minimum days between two uses as a Timing; none without a frequency.</summary>
    public static Timing? Timing(short? frequency) => frequency is { } days
        ? new Timing
        {
            Repeat = new Timing.RepeatComponent { Frequency = 1, Period = days, PeriodUnit = Hl7.Fhir.Model.Timing.UnitsOfTime.D },
        }
        : null;

    /// <summary>The frequency in days from a Timing (frequency 1 per period days).</summary>
    public static short? Frequency(Timing? timing, string element)
    {
        if (timing?.Repeat is not { } repeat)
        {
            return null;
        }

        if (repeat.Frequency is not (null or 1) || repeat.PeriodUnit is not (null or Hl7.Fhir.Model.Timing.UnitsOfTime.D))
        {
            throw FhirException.Unprocessable($"{element}: openIMIS stores a frequency as once per a number of days (frequency 1, periodUnit d).", element);
        }

        return repeat.Period switch
        {
            null => throw FhirException.Unprocessable($"{element}.repeat.period is required: the minimum days between two uses.", element),
            var p when p >= 0 && p <= short.MaxValue && decimal.Truncate(p.Value) == p => (short)p.Value,
            var p => throw FhirException.Unprocessable($"{element}.repeat.period: {p} is not a whole number of days openIMIS can store.", element),
        };
    }
}
