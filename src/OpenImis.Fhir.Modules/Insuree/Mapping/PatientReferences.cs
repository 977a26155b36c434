using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Shared;
using OpenImis.Fhir.Modules.Location.Mapping;

namespace OpenImis.Fhir.Modules.Insuree.Mapping;

/// <summary>The rows a Patient refers to by UUID, read from the resource before the handler looks them up.</summary>
internal sealed record PatientReferences(string? FamilyId, string? CurrentVillageId)
{
    public const string FamilyElement = "Patient.extension[group]";
    public const string InsureeAddressElement = "Patient.address[InsureeAddress]";

    public static PatientReferences Read(Patient patient)
    {
        var familyId = FhirReferences.IdOf(patient.GetExtension(OpenImisIg.GroupReference)?.Value as ResourceReference, "Group", FamilyElement);
        var address = InsureeAddress(patient);
        var villageId = VillageAddress.VillageId(address, InsureeAddressElement);
        return address is not null && villageId is null
            ? throw FhirException.Unprocessable(
                $"{InsureeAddressElement}.extension[location] is required: openIMIS places an insuree in a village.",
                $"{InsureeAddressElement}.extension[location]")
            : new PatientReferences(familyId, villageId);
    }

    /// <summary>The insuree's own address (use temp); the home address belongs to the family and is written through the Group.</summary>
    public static Address? InsureeAddress(Patient patient) => patient.Address.FirstOrDefault(a => a.Use == Address.AddressUse.Temp);
}
