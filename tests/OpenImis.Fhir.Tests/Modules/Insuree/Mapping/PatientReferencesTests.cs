using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Insuree.Mapping;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Mapping;

public sealed class PatientReferencesTests
{
    [Fact]
    public void Read_ReturnsFamilyOnly_WhenPatientHasTheFamilyAddress()
    {
        var references = PatientReferences.Read(FhirFixtures.Load<Patient>("patient-john-doe.json"));

        Assert.Equal(new PatientReferences(InsureeFixtures.FamilyUuid, null), references);
    }

    [Fact]
    public void Read_ReturnsVillage_WhenPatientHasAnInsureeAddress()
    {
        var patient = FhirFixtures.Load<Patient>("patient-john-doe.json");
        patient.Address[0].Use = Address.AddressUse.Temp;

        var references = PatientReferences.Read(patient);

        Assert.Equal(InsureeFixtures.VillageUuid, references.CurrentVillageId);
    }

    [Fact]
    public void Read_ThrowsUnprocessable_WhenGroupReferenceNamesAnotherType()
    {
        var patient = FhirFixtures.Load<Patient>("patient-john-doe.json");
        patient.SetExtension(OpenImisIg.GroupReference, new ResourceReference($"Patient/{InsureeFixtures.JaneUuid}"));

        FhirAssert.Unprocessable(() => PatientReferences.Read(patient), PatientReferences.FamilyElement);
    }

    [Fact]
    public void Read_ThrowsUnprocessable_WhenInsureeAddressHasNoVillage()
    {
        var patient = FhirFixtures.Load<Patient>("patient-john-doe.json");
        patient.Address[0].Use = Address.AddressUse.Temp;
        patient.Address[0].RemoveExtension(OpenImisIg.LocationReference);

        FhirAssert.Unprocessable(() => PatientReferences.Read(patient), $"{PatientReferences.InsureeAddressElement}.extension[location]");
    }
}
