using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Insuree.Mapping;
using InsureeRow = OpenImis.Fhir.Modules.Insuree.Data.Insuree;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Mapping;

public sealed class PatientMapperToEntityTests
{
    private const string Png = "iVBORw0KGgo=";

    [Fact]
    public void ToEntity_KeepsColumnValues_WhenFamilyMemberIsRoundTripped()
    {
        var john = InsureeFixtures.JohnInFamily();

        var back = RoundTrip(john);

        Assert.Equal(Columns(john), Columns(back));
    }

    [Fact]
    public void ToEntity_KeepsColumnValues_WhenInsureeWithOwnVillageIsRoundTripped()
    {
        var john = InsureeFixtures.JohnInFamily();
        john.CurrentVillage = InsureeFixtures.Village("Kibo", InsureeFixtures.OtherVillageUuid);
        john.CurrentVillageId = john.CurrentVillage.Id;
        john.CurrentAddress = "Room 4, Kibo hostel";

        var back = RoundTrip(john);

        Assert.Equal(Columns(john), Columns(back));
    }

    [Theory]
    [InlineData("Patient.name")]
    [InlineData("Patient.gender")]
    [InlineData("Patient.birthDate")]
    public void ToEntity_ThrowsUnprocessable_WhenRequiredElementIsMissing(string element)
    {
        var patient = JohnPatient();
        switch (element)
        {
            case "Patient.name": patient.Name.Clear(); break;
            case "Patient.gender": patient.Gender = null; break;
            default: patient.BirthDate = null; break;
        }

        FhirAssert.Unprocessable(() => Apply(patient, InsureeFixtures.JohnInFamily()), element);
    }

    [Fact]
    public void ToEntity_ThrowsUnprocessableNamingTheCode_WhenCodeIsOutsideTheConceptMap()
    {
        var patient = JohnPatient();
        patient.MaritalStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "P");

        var message = FhirAssert.Unprocessable(() => Apply(patient, InsureeFixtures.JohnInFamily()), "Patient.maritalStatus");

        Assert.Contains("v3-MaritalStatus|P", message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToEntity_ThrowsUnprocessable_WhenChfIdIsLongerThan12()
    {
        var patient = JohnPatient();
        patient.Identifier.Single(i => IgIdentifiers.HasType(i, IgIdentifiers.Code)).Value = "1234567890123";

        FhirAssert.Unprocessable(() => Apply(patient, InsureeFixtures.JohnInFamily()), "Patient.identifier[Code].value");
    }

    [Fact]
    public void ToEntity_ThrowsUnprocessable_WhenBirthDateIsPartial()
    {
        var patient = JohnPatient();
        patient.BirthDate = "1962";

        FhirAssert.Unprocessable(() => Apply(patient, InsureeFixtures.JohnInFamily()), "Patient.birthDate");
    }

    [Fact]
    public void ToEntity_ThrowsUnprocessable_WhenIsHeadDisagreesWithTheFamily()
    {
        var patient = JohnPatient();
        patient.SetExtension(OpenImisIg.IsHead, new FhirBoolean(true));

        FhirAssert.Unprocessable(() => Apply(patient, InsureeFixtures.JohnInFamily()), "Patient.extension[isHead]");
    }

    [Fact]
    public void ToEntity_WritesNoGender_WhenGenderIsUnknown()
    {
        var patient = JohnPatient();
        patient.Gender = AdministrativeGender.Unknown;
        var john = InsureeFixtures.JohnInFamily();

        Apply(patient, john);

        Assert.Null(john.GenderCode);
    }

    [Fact]
    public void ToEntity_AddsPhotoRow_WhenPhotoDataIsNew()
    {
        var patient = JohnPatient();
        patient.Photo[0].Data = Convert.FromBase64String(Png);
        patient.Photo[0].Hash = null;
        var john = InsureeFixtures.JohnInFamily();

        Apply(patient, john);

        Assert.Equal((0, Png), (john.Photo!.Id, john.Photo.Content));
    }

    [Fact]
    public void ToEntity_KeepsPhotoRow_WhenPhotoDataIsUnchanged()
    {
        var john = InsureeFixtures.JohnInFamily();
        var photo = john.Photo;

        Apply(JohnPatient(), john);

        Assert.Same(photo, john.Photo);
    }

    [Fact]
    public void ToEntity_ThrowsUnprocessable_WhenPhotoHashIsNotTheDataHash()
    {
        var patient = JohnPatient();
        patient.Photo[0].Data = Convert.FromBase64String(Png);

        FhirAssert.Unprocessable(() => Apply(patient, InsureeFixtures.JohnInFamily()), "Patient.photo.hash");
    }

    [Fact]
    public void ToEntity_ReadsPassport_WhenGivenAsPpnIdentifier()
    {
        var patient = JohnPatient();
        patient.RemoveExtension(OpenImisIg.Identification);
        patient.Identifier.Add(new Identifier { Type = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v2-0203", "PPN"), Value = "P7654321" });
        var john = InsureeFixtures.JohnInFamily();

        Apply(patient, john);

        Assert.Equal("P7654321", john.Passport);
    }

    private static Patient JohnPatient() => FhirFixtures.Load<Patient>("patient-john-doe.json");

    private static void Apply(Patient patient, InsureeRow row) =>
        InsureeTestCodes.PatientMapper.ToEntity(patient, row, new PatientLinks(row.Family, row.CurrentVillage, InsureeFixtures.Stamp, 1));

    // An update applies the Patient onto the live row, which keeps its id; the handler resolves the same family and village.
    private static InsureeRow RoundTrip(InsureeRow row)
    {
        var back = new InsureeRow { Id = row.Id };
        InsureeTestCodes.PatientMapper.ToEntity(
            InsureeTestCodes.PatientMapper.ToFhir(row), back, new PatientLinks(row.Family, row.CurrentVillage, InsureeFixtures.Stamp, 1));
        return back;
    }

    // The columns Patient.md marks as written (↔).
    private static List<(string, object?)> Columns(InsureeRow row) =>
    [
        ("CHFID", row.ChfId), ("LastName", row.LastName), ("OtherNames", row.OtherNames), ("DOB", row.BirthDate),
        ("Gender", row.GenderCode), ("Marital", row.Marital), ("Phone", row.Phone), ("Email", row.Email),
        ("IsHead", row.IsHead), ("Education", row.EducationId), ("Profession", row.ProfessionId),
        ("passport", row.Passport), ("TypeOfId", row.TypeOfId), ("CardIssued", row.CardIssued),
        ("Vulnerability", row.Vulnerability), ("Relationship", row.RelationshipId), ("FamilyID", row.FamilyId),
        ("CurrentVillage", row.CurrentVillageId), ("CurrentAddress", row.CurrentAddress),
        ("tblPhotos.photo", row.Photo?.Content), ("tblPhotos.PhotoFileName", row.Photo?.FileName), ("PhotoDate", row.PhotoDate),
    ];
}
