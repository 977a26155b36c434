using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Claim.Eligibility;

/// <summary>The guide's URLs and codings of the eligibility enquiry; the slices match codings by pattern, displays included.</summary>
internal static class EligibilityIg
{
    public const string RequestProfile = OpenImisIg.Base + "/StructureDefinition/openimis-coverage-eligibility-request";
    public const string ResponseProfile = OpenImisIg.Base + "/StructureDefinition/openimis-coverage-eligibility-response";
    public const string ItemCategorySystem = OpenImisIg.Base + "/CodeSystem/coverage-item-category";
    public const string BenefitTypeSystem = OpenImisIg.Base + "/CodeSystem/coverage-item-benefit-type";

    public const string Item = "item";
    public const string Service = "service";
    public const string Benefit = "benefit";
    public const string MinDate = "min_date_item";
    public const string ItemLeft = "item_left";

    private static readonly Dictionary<string, string> CategoryDisplays = new(StringComparer.Ordinal)
    {
        [Item] = "Item",
        [Service] = "Service",
        [Benefit] = "Benefit Package",
    };

    // The CodeSystem's displays: the counters' displays differ from their codes.
    private static readonly Dictionary<string, string> BenefitDisplays = new(StringComparer.Ordinal)
    {
        ["admissions_left"] = "total_admissions",
        ["visits_left"] = "total_visits",
        ["consultations_left"] = "total_consultations",
        ["surgeries_left"] = "total_surgeries",
        ["deliveries_left"] = "total_deliveries",
        ["antenatal_left"] = "total_antenatal",
        [ItemLeft] = "Items left",
        [MinDate] = "Mininum date",
    };

    // The three-string CodeableConcept constructor takes a text, not a display: the slices' patterns need the display.
    public static CodeableConcept Category(string code) => new() { Coding = [new Coding(ItemCategorySystem, code, CategoryDisplays[code])] };

    public static CodeableConcept BenefitType(string code) => new() { Coding = [new Coding(BenefitTypeSystem, code, BenefitDisplays.GetValueOrDefault(code, code))] };
}
