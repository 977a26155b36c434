using Hl7.Fhir.Model;

namespace OpenImis.Fhir.IntegrationTests.Eligibility;

/// <summary>openimis-coverage-eligibility-request bodies and the reading of the response's slots.</summary>
internal static class EligibilityRequests
{
    private const string Ig = "https://openimis.github.io/openimis_fhir_r4_ig";
    public const string RequestProfile = Ig + "/StructureDefinition/openimis-coverage-eligibility-request";
    public const string ResponseProfile = Ig + "/StructureDefinition/openimis-coverage-eligibility-response";
    public const string InsurerId = "6a2f4c1e-8b3d-4e5f-9a0b-1c2d3e4f5a6b";

    public static CoverageEligibilityRequest For(string patient, string? item = null, string? service = null)
    {
        var request = new CoverageEligibilityRequest
        {
            Meta = new Meta { Profile = [RequestProfile] },
            Identifier = [new Identifier { Type = new CodeableConcept(Ig + "/CodeSystem/openimis-identifiers", "UUID"), Value = Guid.NewGuid().ToString() }],
            Status = FinancialResourceStatusCodes.Active,
            Purpose = [CoverageEligibilityRequest.EligibilityRequestPurpose.Benefits],
            Patient = new ResourceReference($"Patient/{patient}"),
            Created = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Insurer = new ResourceReference($"Organization/{InsurerId}"),
        };
        if (item is not null)
        {
            request.Item.Add(Line("item", "Item", item));
        }

        if (service is not null)
        {
            request.Item.Add(Line("service", "Service", service));
        }

        return request;
    }

    public static CoverageEligibilityResponse.ItemsComponent? Slot(CoverageEligibilityResponse.InsuranceComponent insurance, string category) =>
        insurance.Item.SingleOrDefault(i => i.Category.Coding[0].Code == category);

    public static DataType? Benefit(CoverageEligibilityResponse.ItemsComponent item, string type) =>
        item.Benefit.SingleOrDefault(b => b.Type.Coding[0].Code == type)?.Allowed;

    public static int? Count(CoverageEligibilityResponse.ItemsComponent item, string type) => ((UnsignedInt?)Benefit(item, type))?.Value;

    private static CoverageEligibilityRequest.DetailsComponent Line(string code, string display, string value) => new()
    {
        Category = new CodeableConcept { Coding = [new Coding(Ig + "/CodeSystem/coverage-item-category", code, display)] },
        ProductOrService = new CodeableConcept { Text = value },
    };
}
