using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Product.Mapping;

/// <summary>
/// plan.generalCost: the lump sum (with its threshold as groupSize), the premiums and the registration and general
/// assembly fees. openIMIS stores amounts without a currency: the module's configured one is written, and the
/// currency of what is read is not checked against it.
/// </summary>
internal static class InsurancePlanCosts
{
    public const string LumpSum = "lumpsum";

    private static readonly (string Code, string Display, Func<Data.Product, decimal?> Get, Action<Data.Product, decimal?> Set)[] Optional =
    [
        ("premiumAdult", "Premium Adult", p => p.PremiumAdult, (p, v) => p.PremiumAdult = v),
        ("premiumChild", "Premium Child", p => p.PremiumChild, (p, v) => p.PremiumChild = v),
        ("registrationLumpsum", "Registration Lumpsum", p => p.RegistrationLumpSum, (p, v) => p.RegistrationLumpSum = v),
        ("registrationFee", "Registration Fee", p => p.RegistrationFee, (p, v) => p.RegistrationFee = v),
        ("generalAssemblyLumpSum", "General Assembly Lump Sum", p => p.GeneralAssemblyLumpSum, (p, v) => p.GeneralAssemblyLumpSum = v),
        ("generalAssemblyFee", "General Assembly Fee", p => p.GeneralAssemblyFee, (p, v) => p.GeneralAssemblyFee = v),
    ];

    public static List<InsurancePlan.GeneralCostComponent> Write(Data.Product row, Money.Currencies currency)
    {
        var costs = new List<InsurancePlan.GeneralCostComponent>
        {
            new()
            {
                Type = Type(LumpSum, "Lumpsum"),
                GroupSizeElement = new PositiveInt(row.Threshold is > 0 ? row.Threshold : 1),
                Cost = new Money { Value = row.LumpSum, Currency = currency },
            },
        };
        foreach (var (code, display, get, _) in Optional)
        {
            if (get(row) is { } amount)
            {
                costs.Add(new InsurancePlan.GeneralCostComponent { Type = Type(code, display), Cost = new Money { Value = amount, Currency = currency } });
            }
        }

        return costs;
    }

    public static void Read(InsurancePlan.PlanComponent? plan, Data.Product row)
    {
        var costs = plan?.GeneralCost ?? [];
        var lumpSum = Find(costs, LumpSum)
            ?? throw FhirException.Unprocessable(
                "InsurancePlan.plan.generalCost[lumpsum] is required: openIMIS needs the product's lump sum.", "InsurancePlan.plan.generalCost");
        row.LumpSum = Amount(lumpSum, LumpSum) ?? 0m;
        row.Threshold = lumpSum.GroupSize;
        foreach (var (code, _, _, set) in Optional)
        {
            set(row, Find(costs, code) is { } cost ? Amount(cost, code) : null);
        }
    }

    private static CodeableConcept Type(string code, string display) =>
        new(OpenImisIg.InsurancePlanGeneralCostSystem, code, display, null);

    private static InsurancePlan.GeneralCostComponent? Find(List<InsurancePlan.GeneralCostComponent> costs, string code) =>
        costs.FirstOrDefault(c => c.Type?.Coding.Any(x => x.Code == code && x.System == OpenImisIg.InsurancePlanGeneralCostSystem) == true);

    // numeric(18,2): 16 digits before the point, 2 after.
    private static decimal? Amount(InsurancePlan.GeneralCostComponent cost, string code)
    {
        var element = $"InsurancePlan.plan.generalCost[{code}].cost.value";
        return cost.Cost?.Value switch
        {
            null => null,
            < 0 or >= 1e16m => throw FhirException.Unprocessable($"{element}: openIMIS stores 0 to 9999999999999999.99.", element),
            var v when decimal.Round(v.Value, 2) != v => throw FhirException.Unprocessable($"{element}: openIMIS stores amounts to the cent.", element),
            var v => v,
        };
    }
}
