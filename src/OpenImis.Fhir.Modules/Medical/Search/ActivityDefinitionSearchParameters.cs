using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Medical.Data;
using OpenImis.Fhir.Modules.Medical.Mapping;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Medical.Search;

/// <summary>
/// The ActivityDefinition search parameters over <c>tblServices</c>; built once per process. The guide puts the
/// service code in <c>name</c> and its name in <c>title</c>, so core's parameters of those names search them.
/// </summary>
internal sealed class ActivityDefinitionSearchParameters(MedicalCodes codes)
{
    private const string Core = "http://hl7.org/fhir/SearchParameter/";

    public IReadOnlyList<SearchParameter<MedicalService>> All { get; } =
    [
        SearchParameters.Token<MedicalService>("identifier", "ActivityDefinition.identifier", "The service's code (Code) or UUID",
            t => IdentifierSearch.Match<MedicalService>(t, s => s.Code, s => s.Uuid))
            .WithDefinition(Core + "ActivityDefinition-identifier"),
        SearchParameters.Text<MedicalService>("name", "ActivityDefinition.name", "The service code (a prefix of it)", s => s.Code)
            .WithDefinition(Core + "ActivityDefinition-name"),
        SearchParameters.Text<MedicalService>("title", "ActivityDefinition.title", "A part of the service's name", s => s.Name)
            .WithDefinition(Core + "ActivityDefinition-title"),
        SearchParameters.Token<MedicalService>("topic", "ActivityDefinition.topic", "The service type (activity-definition-service-type: C, P)",
            t => SearchParameters.CodeMatch<MedicalService>(s => s.Type, t, codes.ServiceType.TargetSystems[0], c => codes.ServiceType.Reverse(c)?.Code))
            .WithDefinition(Core + "ActivityDefinition-topic"),
        SearchParameters.Token<MedicalService>("status", "ActivityDefinition.status", "Always active for a live service",
            t => MedicalStatus.Match<MedicalService>(t))
            .WithDefinition(Core + "ActivityDefinition-status"),
    ];
}
