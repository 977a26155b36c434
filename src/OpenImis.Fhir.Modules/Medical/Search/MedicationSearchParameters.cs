using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Medical.Mapping;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Medical.Search;

/// <summary>The Medication search parameters over <c>tblItems</c>; built once per process.</summary>
internal sealed class MedicationSearchParameters(MedicalCodes codes)
{
    private const string Core = "http://hl7.org/fhir/SearchParameter/";

    public IReadOnlyList<SearchParameter<MedicalItem>> All { get; } =
    [
        SearchParameters.Token<MedicalItem>("identifier", "Medication.identifier", "The item's code (Code) or UUID",
            t => IdentifierSearch.Match<MedicalItem>(t, i => i.Code, i => i.Uuid))
            .WithDefinition(Core + "Medication-identifier"),
        SearchParameters.Text<MedicalItem>("name", "Medication.code.text", "A part of the item's name", i => i.Name)
            .WithDefinition(OpenImisIg.Base + "/SearchParameter/Medication-name"),
        SearchParameters.Token<MedicalItem>("type", $"Medication.extension('{OpenImisIg.MedicationType}').value",
            "The item type (medication-item-type: D drug, M medical consumable)",
            t => SearchParameters.CodeMatch<MedicalItem>(i => i.Type, t, codes.ItemType.TargetSystems[0], c => codes.ItemType.Reverse(c)?.Code))
            .WithDefinition(OpenImisIg.Base + "/SearchParameter/Medication-type"),
        SearchParameters.Token<MedicalItem>("status", "Medication.status", "Always active for a live item",
            t => MedicalStatus.Match<MedicalItem>(t))
            .WithDefinition(Core + "Medication-status"),
    ];
}
