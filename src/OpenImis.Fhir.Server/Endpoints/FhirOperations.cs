using OpenImis.Fhir.Core.Conformance;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>The operations <see cref="FhirEndpoints"/> maps, as the CapabilityStatement lists them.</summary>
internal static class FhirOperations
{
    private const string Definitions = "http://hl7.org/fhir/OperationDefinition/";

    public static IReadOnlyList<OperationCapability> All { get; } =
    [
        new(null, "validate", Definitions + "Resource-validate"),
        new("CodeSystem", "lookup", Definitions + "CodeSystem-lookup"),
        new("ValueSet", "expand", Definitions + "ValueSet-expand"),
        new("ValueSet", "validate-code", Definitions + "ValueSet-validate-code"),
        new("ConceptMap", "translate", Definitions + "ConceptMap-translate"),
    ];
}
