using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Insuree.Mapping;

/// <summary>
/// The ConceptMaps the insuree mapping translates codes with. Built at start-up, so that a missing map stops the
/// server rather than a request.
/// </summary>
internal sealed class InsureeCodes(ConceptMapStore maps)
{
    public ConceptMapTranslation Gender { get; } = maps.Get(OpenImisIg.ConceptMapBase + "insuree-gender");

    public ConceptMapTranslation MaritalStatus { get; } = maps.Get(OpenImisIg.ConceptMapBase + "insuree-marital-status");

    public ConceptMapTranslation Relationship { get; } = maps.Get(OpenImisIg.ConceptMapBase + "insuree-relationship");

    public ConceptMapTranslation Education { get; } = maps.Get(OpenImisIg.ConceptMapBase + "insuree-education");

    public ConceptMapTranslation Profession { get; } = maps.Get(OpenImisIg.ConceptMapBase + "insuree-profession");

    public ConceptMapTranslation IdentificationType { get; } = maps.Get(OpenImisIg.ConceptMapBase + "insuree-identification-type");

    public ConceptMapTranslation FamilyType { get; } = maps.Get(OpenImisIg.ConceptMapBase + "family-type");

    public ConceptMapTranslation ConfirmationType { get; } = maps.Get(OpenImisIg.ConceptMapBase + "family-confirmation-type");
}
