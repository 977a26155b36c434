using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.HealthFacility.Mapping;

/// <summary>What a health facility Organization names that the handler must find in the database first.</summary>
internal sealed record OrganizationReferences(string DistrictId, string LegalFormCode)
{
    public const string DistrictElement = DistrictAddress.Element + ".extension[locationDistrict]";
    public const string LegalFormElement = "Organization.extension[legalForm]";

    public static OrganizationReferences Read(Organization organization)
    {
        if (organization.Address.Count > 1)
        {
            throw FhirException.Unprocessable("Organization.address: openIMIS keeps one address per health facility.", DistrictAddress.Element);
        }

        var district = DistrictAddress.DistrictId(organization)
            ?? throw FhirException.Unprocessable($"{DistrictElement} is required: openIMIS places every health facility in a district.", DistrictElement);
        var concept = organization.GetExtension(OpenImisIg.HealthFacilityLegalForm)?.Value as CodeableConcept
            ?? throw FhirException.Unprocessable($"{LegalFormElement} is required: openIMIS stores it for every health facility.", LegalFormElement);
        var code = concept.Coding.FirstOrDefault(c => c.System is null || c.System == OpenImisIg.HealthFacilityLegalFormSystem)?.Code
            ?? throw FhirException.Unprocessable(
                $"{LegalFormElement}: expected a code from {OpenImisIg.HealthFacilityLegalFormSystem}.", LegalFormElement);
        return new OrganizationReferences(district, code);
    }
}
