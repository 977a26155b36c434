using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Medical.Mapping;

/// <summary>
/// The ConceptMaps the medical mappings translate codes with. Built at start-up, so that a missing map stops the
/// server rather than a request.
/// </summary>
internal sealed class MedicalCodes(ConceptMapStore maps)
{
    public ConceptMapTranslation ItemType { get; } = maps.Get(OpenImisIg.ConceptMapBase + "medical-item-type");

    public ConceptMapTranslation ServiceType { get; } = maps.Get(OpenImisIg.ConceptMapBase + "medical-service-type");

    public ConceptMapTranslation ServiceLevel { get; } = maps.Get(OpenImisIg.ConceptMapBase + "medical-service-level");

    public ConceptMapTranslation ServiceCategory { get; } = maps.Get(OpenImisIg.ConceptMapBase + "medical-service-category");

    public ConceptMapTranslation CareType { get; } = maps.Get(OpenImisIg.ConceptMapBase + "medical-care-type");

    public ConceptMapTranslation PatientCategory { get; } = maps.Get(OpenImisIg.ConceptMapBase + "medical-patient-category");
}
