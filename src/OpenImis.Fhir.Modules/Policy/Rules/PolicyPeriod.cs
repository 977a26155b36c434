using System.Globalization;
using OpenImis.Fhir.Modules.Policy.Data;

namespace OpenImis.Fhir.Modules.Policy.Rules;

/// <summary>
/// A policy's start and expiry dates from its product (§4.3 of the workflow notes): openIMIS's Python rule, which
/// is what runs on PostgreSQL, including its renewal grace period.
/// </summary>
internal static class PolicyPeriod
{
    /// <summary>The start date of a policy enrolled on <paramref name="enrollDate"/>.</summary>
    public static DateOnly StartDate(Product.Data.Product product, DateOnly enrollDate, string stage)
    {
        var reference = stage == PolicyCodes.StageNew ? enrollDate.AddMonths(product.AdministrationPeriod ?? 0) : enrollDate;
        var cycles = Cycles(product);
        if (cycles.Count == 0)
        {
            return reference;
        }

        // A cycle is still open while the grace period after its date has not passed: reference − grace ≤ cycle date.
        var grace = stage == PolicyCodes.StageNew ? product.GracePeriod : product.GracePeriodRenewal ?? 0;
        var shifted = reference.AddMonths(-grace);
        foreach (var (day, month) in cycles)
        {
            var cycle = CycleDate(shifted.Year, day, month);
            if (cycle >= shifted)
            {
                return cycle;
            }
        }

        return CycleDate(shifted.Year + 1, cycles[0].Day, cycles[0].Month);
    }

    /// <summary>The last day of a policy starting on <paramref name="startDate"/>.</summary>
    public static DateOnly ExpiryDate(Product.Data.Product product, DateOnly startDate) =>
        startDate.AddMonths(product.InsurancePeriod).AddDays(-1);

    public static bool HasCycles(Product.Data.Product product) => Cycles(product).Count > 0;

    // openIMIS stores a cycle as "DD-MM"; an unreadable one is skipped, as an empty one is.
    private static List<(int Day, int Month)> Cycles(Product.Data.Product product)
    {
        var cycles = new List<(int, int)>(4);
        foreach (var text in new[] { product.StartCycle1, product.StartCycle2, product.StartCycle3, product.StartCycle4 })
        {
            if (text is { Length: > 0 }
                && DateOnly.TryParseExact(text.Trim() + "-2000", "dd-MM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                cycles.Add((date.Day, date.Month));
            }
        }

        return cycles;
    }

    // 29-02 in a year without it falls on the 28th, as Python's relativedelta does.
    private static DateOnly CycleDate(int year, int day, int month) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
