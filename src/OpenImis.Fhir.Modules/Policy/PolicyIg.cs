using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Policy;

/// <summary>The guide's canonical URLs for policies (Coverage) and enrolment (Contract), kept out of the shared list.</summary>
internal static class PolicyIg
{
    public const string CoverageProfile = OpenImisIg.Base + "/StructureDefinition/openimis-coverage";
    public const string ContractProfile = OpenImisIg.Base + "/StructureDefinition/openimis-contract";
    public const string EnrollDate = OpenImisIg.Base + "/StructureDefinition/coverage-enroll-date";
    public const string EffectiveDate = OpenImisIg.Base + "/StructureDefinition/coverage-effective-date";
    public const string Premium = OpenImisIg.Base + "/StructureDefinition/contract-premium";

    public const string PremiumPayerSystem = OpenImisIg.Base + "/CodeSystem/contract-premium-payer";
    public const string PremiumCategorySystem = OpenImisIg.Base + "/CodeSystem/contract-premium-category";
    public const string PremiumTypeSystem = OpenImisIg.Base + "/CodeSystem/contract-premium-type";
    public const string PartyRoleSystem = OpenImisIg.Base + "/CodeSystem/contract-resource-party-role";
    public const string ScopeSystem = OpenImisIg.Base + "/CodeSystem/contract-scope";

    public const string CoverageClassSystem = "http://terminology.hl7.org/CodeSystem/coverage-class";
    public const string ContractStatusSystem = "http://hl7.org/fhir/contract-status";
    public const string FinancialStatusSystem = "http://hl7.org/fhir/fm-status";

    /// <summary>A code with its display, as the guide's fixed patterns spell it (the display in the coding, not as text).</summary>
    public static CodeableConcept Concept(string system, string code, string display) => new() { Coding = [new Coding(system, code, display)] };
}
