using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Product.Mapping;

/// <summary>
/// Product ↔ openimis-insurance-plan. <see cref="ToEntity"/> copies the product's own columns; the location and
/// conversion product are references the handler resolves to rows (<see cref="InsurancePlanReferences"/>).
/// Columns the guide has no element for are left as they were (mappings/InsurancePlan.md).
/// </summary>
internal sealed class InsurancePlanMapper(ILocationLookup locations, Money.Currencies currency)
{
    public const string TypeSystem = "http://terminology.hl7.org/CodeSystem/insurance-plan-type";
    public const string PeriodLimit = "period";
    public const string MemberCountLimit = "memberCount";

    /// <summary>What a product without a location (openIMIS's national product) shows as coverage area.</summary>
    public const string NationalDisplay = "National";

    public InsurancePlan ToFhir(Data.Product row, DateOnly today)
    {
        var plan = new InsurancePlan
        {
            Identifier = IgIdentifiers.Of(row.ProductCode, row),
            Status = InsurancePlanStatus.Of(row.DateFrom, row.DateTo, today),
            Type = [Medical()],
            Name = row.ProductName,
            Period = new Period(new FhirDateTime(Date(row.DateFrom)), new FhirDateTime(Date(row.DateTo))),
            CoverageArea = [CoverageArea(row.LocationId)],
            Coverage = [Coverage(row)],
            Plan = [new InsurancePlan.PlanComponent { GeneralCost = InsurancePlanCosts.Write(row, currency) }],
        };
        if (row.ConversionProduct is { } conversion)
        {
            plan.Extension.Add(new Extension(OpenImisIg.InsurancePlanConversion, FhirReferences.To("InsurancePlan", conversion.Uuid)));
        }

        InsurancePlanExtensions.Write(row, plan);
        return plan;
    }

    public static void ToEntity(InsurancePlan plan, Data.Product row)
    {
        row.ProductCode = ColumnLimits.Required(
            IgIdentifiers.Find(plan.Identifier, IgIdentifiers.Code), 8, "InsurancePlan.identifier[Code].value");
        row.ProductName = ColumnLimits.Required(plan.Name, 100, "InsurancePlan.name");
        (row.DateFrom, row.DateTo) = ReadPeriod(plan.Period);
        var limits = plan.Coverage.FirstOrDefault()?.Benefit.FirstOrDefault()?.Limit ?? [];
        row.InsurancePeriod = (short)(PlanQuantities.Whole(Limit(limits, PeriodLimit), LimitElement(PeriodLimit), short.MaxValue)
            ?? throw FhirException.Unprocessable(
                $"{LimitElement(PeriodLimit)} is required: openIMIS needs the insurance period in months.", LimitElement(PeriodLimit)));
        row.MemberCount = (short)(PlanQuantities.Whole(Limit(limits, MemberCountLimit), LimitElement(MemberCountLimit), short.MaxValue)
            ?? throw FhirException.Unprocessable(
                $"{LimitElement(MemberCountLimit)} is required: openIMIS needs the largest family size.", LimitElement(MemberCountLimit)));
        InsurancePlanCosts.Read(plan.Plan.FirstOrDefault(), row);
        InsurancePlanExtensions.Read(plan, row);
    }

    private static string LimitElement(string slice) => $"InsurancePlan.coverage.benefit.limit[{slice}].value";

    private static Quantity? Limit(List<InsurancePlan.LimitComponent> limits, string code) =>
        limits.FirstOrDefault(l => l.Code?.Coding.Any(c => c.Code == code && c.System == OpenImisIg.InsurancePlanBenefitLimitSystem) == true)?.Value;

    private static CodeableConcept Medical() => new(TypeSystem, "medical", "Medical", null);

    private static string Date(DateTime value) => DateOnly.FromDateTime(value).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    // openIMIS keeps the validity as timestamps at midnight; FHIR's period is read to the day.
    private static (DateTime From, DateTime To) ReadPeriod(Period? period)
    {
        var from = Day(period?.StartElement, "InsurancePlan.period.start");
        var to = Day(period?.EndElement, "InsurancePlan.period.end");
        return to < from
            ? throw FhirException.Unprocessable("InsurancePlan.period.end is before its start.", "InsurancePlan.period.end")
            : (from, to);
    }

    private static DateTime Day(FhirDateTime? value, string element)
    {
        if (value?.Value is not { Length: >= 10 } text
            || !DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            throw FhirException.Unprocessable($"{element} is required as a full date: openIMIS stores the product's validity.", element);
        }

        return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    }

    // The guide requires one coverage area; openIMIS's national products have no location, so they show a display only.
    private ResourceReference CoverageArea(int? locationId)
    {
        if (locationId is { } id && locations.Find(id) is { } location)
        {
            var reference = FhirReferences.To("Location", location.Uuid);
            reference.Display = location.Name;
            return reference;
        }

        return new ResourceReference { Display = NationalDisplay };
    }

    private static InsurancePlan.CoverageComponent Coverage(Data.Product row) => new()
    {
        Type = Medical(),
        Benefit =
        [
            new InsurancePlan.CoverageBenefitComponent
            {
                Type = Medical(),
                Limit =
                [
                    new InsurancePlan.LimitComponent
                    {
                        Code = new CodeableConcept(OpenImisIg.InsurancePlanBenefitLimitSystem, PeriodLimit, "Period", null),
                        Value = PlanQuantities.Of(row.InsurancePeriod, "month"),
                    },
                    new InsurancePlan.LimitComponent
                    {
                        Code = new CodeableConcept(OpenImisIg.InsurancePlanBenefitLimitSystem, MemberCountLimit, "Member Count", null),
                        Value = PlanQuantities.Of(row.MemberCount, "member"),
                    },
                ],
            },
        ],
    };
}
