using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Product.Mapping;

/// <summary>
/// The guide's product extensions: instalments, cycle starts, the four periods (months) and the two discounts. The
/// conversion product is a reference the handler resolves (<see cref="InsurancePlanMapper"/>).
/// </summary>
internal static class InsurancePlanExtensions
{
    private const string Percentage = "Percentage";
    private const string Period = "Period";

    private static readonly (string Url, string Slice, Func<Data.Product, int?> Get, Action<Data.Product, int?> Set)[] MonthPeriods =
    [
        (OpenImisIg.InsurancePlanAdministrationPeriod, "administrationPeriod", p => p.AdministrationPeriod, (p, v) => p.AdministrationPeriod = v),
        (OpenImisIg.InsurancePlanGracePeriodPayment, "gracePeriodPayment", p => p.WaitingPeriod, (p, v) => p.WaitingPeriod = v),
        (OpenImisIg.InsurancePlanGracePeriodRenewal, "gracePeriodRenewal", p => p.GracePeriodRenewal, (p, v) => p.GracePeriodRenewal = v),
        (OpenImisIg.InsurancePlanGracePeriodEnrolment, "gracePeriodEnrolment", p => p.GracePeriod, (p, v) => p.GracePeriod = v ?? 0),
    ];

    public static void Write(Data.Product row, InsurancePlan plan)
    {
        // The guide requires the extension; openIMIS leaves the column empty when instalments are not limited.
        plan.Extension.Add(new Extension(OpenImisIg.InsurancePlanMaxInstallments, new UnsignedInt(row.MaxInstallments ?? 0)));
        foreach (var cycle in StartCycles(row).Where(c => !string.IsNullOrEmpty(c)))
        {
            plan.Extension.Add(new Extension(OpenImisIg.InsurancePlanStartCycle, new FhirString(cycle)));
        }

        foreach (var (url, _, get, _) in MonthPeriods)
        {
            if (get(row) is { } months)
            {
                plan.Extension.Add(new Extension(url, PlanQuantities.Of(months, PlanQuantities.Months)));
            }
        }

        AddDiscount(plan, OpenImisIg.InsurancePlanRenewalDiscount, row.RenewalDiscountPerc, row.RenewalDiscountPeriod);
        AddDiscount(plan, OpenImisIg.InsurancePlanEnrolmentDiscount, row.EnrolmentDiscountPerc, row.EnrolmentDiscountPeriod);
    }

    public static void Read(InsurancePlan plan, Data.Product row)
    {
        row.MaxInstallments = PlanQuantities.Whole(
            plan.GetExtension(OpenImisIg.InsurancePlanMaxInstallments)?.Value, "InsurancePlan.extension[maxInstallments]");
        ReadStartCycles(plan, row);
        foreach (var (url, slice, _, set) in MonthPeriods)
        {
            set(row, PlanQuantities.Whole(plan.GetExtension(url)?.Value, $"InsurancePlan.extension[{slice}]"));
        }

        (row.RenewalDiscountPerc, row.RenewalDiscountPeriod) = ReadDiscount(plan, OpenImisIg.InsurancePlanRenewalDiscount, "renewalDiscount");
        (row.EnrolmentDiscountPerc, row.EnrolmentDiscountPeriod) = ReadDiscount(plan, OpenImisIg.InsurancePlanEnrolmentDiscount, "enrolmentDiscount");
    }

    private static string?[] StartCycles(Data.Product row) => [row.StartCycle1, row.StartCycle2, row.StartCycle3, row.StartCycle4];

    // openIMIS keeps a cycle start as "dd-MM" (5 characters) in four columns.
    private static void ReadStartCycles(InsurancePlan plan, Data.Product row)
    {
        var cycles = plan.GetExtensions(OpenImisIg.InsurancePlanStartCycle)
            .Select((e, i) => StartCycle((e.Value as FhirString)?.Value, $"InsurancePlan.extension[startCycle][{i}]"))
            .ToList();
        if (cycles.Count > 4)
        {
            throw FhirException.Unprocessable("InsurancePlan.extension[startCycle]: openIMIS keeps at most 4 cycle starts.", "InsurancePlan.extension[startCycle]");
        }

        row.StartCycle1 = cycles.ElementAtOrDefault(0);
        row.StartCycle2 = cycles.ElementAtOrDefault(1);
        row.StartCycle3 = cycles.ElementAtOrDefault(2);
        row.StartCycle4 = cycles.ElementAtOrDefault(3);
    }

    private static string StartCycle(string? value, string element) =>
        value is { Length: 5 } && DateOnly.TryParseExact(value + "-2000", "dd-MM-yyyy", out _)
            ? value
            : throw FhirException.Unprocessable($"{element}: a cycle start is a day and month as dd-MM (\"01-07\"), not '{value}'.", element);

    private static void AddDiscount(InsurancePlan plan, string url, int? percentage, int? months)
    {
        if (percentage is null && months is null)
        {
            return;
        }

        var discount = new Extension { Url = url };
        if (percentage is { } p)
        {
            discount.Extension.Add(new Extension(Percentage, new FhirDecimal(p)));
        }

        if (months is { } m)
        {
            discount.Extension.Add(new Extension(Period, PlanQuantities.Of(m, PlanQuantities.Months)));
        }

        plan.Extension.Add(discount);
    }

    private static (int? Percentage, int? Months) ReadDiscount(InsurancePlan plan, string url, string slice)
    {
        var discount = plan.GetExtension(url);
        var element = $"InsurancePlan.extension[{slice}]";
        return (PlanQuantities.Whole(discount?.GetExtension(Percentage)?.Value, $"{element}.extension[{Percentage}]", 100),
            PlanQuantities.Whole(discount?.GetExtension(Period)?.Value, $"{element}.extension[{Period}]"));
    }
}
