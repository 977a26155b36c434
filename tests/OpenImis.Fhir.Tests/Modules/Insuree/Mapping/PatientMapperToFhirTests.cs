using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Mapping;

public sealed class PatientMapperToFhirTests
{
    [Fact]
    public void ToFhir_MatchesFixture_WhenInsureeIsFamilyMember()
    {
        var patient = InsureeTestCodes.PatientMapper.ToFhir(InsureeFixtures.JohnInFamily());

        Assert.Equal(FhirFixtures.Json(FhirFixtures.Load<Patient>("patient-john-doe.json")), FhirFixtures.Json(patient));
    }

    [Fact]
    public void ToFhir_EmitsOnlyInsureeAddress_WhenInsureeHasOwnVillage()
    {
        var john = InsureeFixtures.JohnInFamily();
        john.CurrentVillageId = InsureeFixtures.Village("Kibo", InsureeFixtures.OtherVillageUuid).Id;

        var patient = InsureeTestCodes.PatientMapper.ToFhir(john);

        Assert.Equal([(Address.AddressUse.Temp, "Kibo")], patient.Address.Select(a => (a.Use, a.City)));
    }

    [Fact]
    public void ToFhir_EmitsUnknownGender_WhenInsureeHasNoGender()
    {
        var john = InsureeFixtures.JohnInFamily();
        john.GenderCode = null;

        var patient = InsureeTestCodes.PatientMapper.ToFhir(john);

        Assert.Equal(AdministrativeGender.Unknown, patient.Gender);
    }

    [Fact]
    public void ToFhir_OmitsContact_WhenInsureeIsTheHead()
    {
        var jane = InsureeFixtures.DoeFamily().HeadInsuree!;

        var patient = InsureeTestCodes.PatientMapper.ToFhir(jane);

        Assert.Empty(patient.Contact);
    }

    [Fact]
    public void ToFhir_KeepsUuidIdentifier_WhenRowIsHistoryCopyWithTheResourceUuid()
    {
        // The engine hands a history row over with the live row's UUID.
        var john = InsureeFixtures.JohnInFamily();
        var uuid = john.Uuid;
        john.LegacyId = john.Id;
        john.Id = 99;

        var patient = InsureeTestCodes.PatientMapper.ToFhir(john);

        Assert.Equal(uuid.ToLowerInvariant(), IgIdentifiers.Find(patient.Identifier, IgIdentifiers.Uuid));
    }

    [Fact]
    public void ToFhir_OmitsPhoto_WhenPhotoIsOnlyAFile()
    {
        var john = InsureeFixtures.JohnInFamily();
        john.Photo = new Photo { Folder = "Photos", FileName = "john.jpg", Date = new DateOnly(2021, 1, 2) };

        var patient = InsureeTestCodes.PatientMapper.ToFhir(john);

        Assert.Empty(patient.Photo);
    }

    [Fact]
    public void ToFhir_OmitsMaritalStatus_WhenCodeIsOutsideTheConceptMap()
    {
        var john = InsureeFixtures.JohnInFamily();
        john.Marital = string.Empty;

        var patient = InsureeTestCodes.PatientMapper.ToFhir(john);

        Assert.Null(patient.MaritalStatus);
    }
}
