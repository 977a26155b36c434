using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Product.Mapping;

/// <summary>The UUIDs an InsurancePlan refers to: its coverage area (none for a national product) and conversion product.</summary>
internal sealed record InsurancePlanReferences(string? LocationId, string? ConversionId)
{
    public const string CoverageAreaElement = "InsurancePlan.coverageArea";
    public const string ConversionElement = "InsurancePlan.extension[conversion]";

    public static InsurancePlanReferences Read(InsurancePlan plan) => new(
        FhirReferences.IdOf(plan.CoverageArea.FirstOrDefault(), "Location", CoverageAreaElement),
        FhirReferences.IdOf(plan.GetExtension(OpenImisIg.InsurancePlanConversion)?.Value as ResourceReference, "InsurancePlan", ConversionElement));
}
