using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Insuree.Mapping;
using InsureeRow = OpenImis.Fhir.Modules.Insuree.Data.Insuree;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Mapping;

/// <summary>tblInsuree.Marital ↔ Patient.maritalStatus through ConceptMap insuree-marital-status, both ways.</summary>
public sealed class PatientMapperMaritalStatusTests
{
    private const string MaritalStatus = "http://terminology.hl7.org/CodeSystem/v3-MaritalStatus";
    private const string NullFlavor = "http://terminology.hl7.org/CodeSystem/v3-NullFlavor";

    [Fact]
    public void ToFhir_EmitsNullFlavorUnknown_WhenMaritalIsNotSpecified()
    {
        var john = InsureeFixtures.JohnInFamily();
        john.Marital = "N";

        var patient = InsureeTestCodes.PatientMapper.ToFhir(john);

        Assert.Equal([(NullFlavor, "UNK", "unknown")], Codings(patient.MaritalStatus));
    }

    [Theory]
    [InlineData("M", "Married")]
    [InlineData("S", "Never Married")]
    [InlineData("D", "Divorced")]
    [InlineData("W", "Widowed")]
    public void ToFhir_EmitsTheMaritalStatusCodeOfTheSameLetter_WhenMaritalIsAStatus(string marital, string display)
    {
        var john = InsureeFixtures.JohnInFamily();
        john.Marital = marital;

        var patient = InsureeTestCodes.PatientMapper.ToFhir(john);

        Assert.Equal([(MaritalStatus, marital, display)], Codings(patient.MaritalStatus));
    }

    [Fact]
    public void ToEntity_WritesNotSpecified_WhenMaritalStatusIsNullFlavorUnknown()
    {
        var john = Apply(new CodeableConcept(NullFlavor, "UNK"));

        Assert.Equal("N", john.Marital);
    }

    [Fact]
    public void ToEntity_WritesNotSpecified_WhenMaritalStatusIsV3MaritalStatusUnknown()
    {
        var john = Apply(new CodeableConcept(MaritalStatus, "UNK"));

        Assert.Equal("N", john.Marital);
    }

    [Fact]
    public void ToEntity_LeavesTheSentCoding_WhenMaritalStatusIsV3MaritalStatusUnknown()
    {
        var concept = new CodeableConcept(MaritalStatus, "UNK");

        Apply(concept);

        Assert.Equal([(MaritalStatus, "UNK", null)], Codings(concept));
    }

    [Fact]
    public void ToEntity_ThrowsUnprocessableNamingTheCode_WhenNullFlavorIsNotUnknown()
    {
        var patient = JohnPatient();
        patient.MaritalStatus = new CodeableConcept(NullFlavor, "ASKU");

        var message = FhirAssert.Unprocessable(() => Apply(patient, InsureeFixtures.JohnInFamily()), "Patient.maritalStatus");

        Assert.Contains("v3-NullFlavor|ASKU", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("M")]
    [InlineData("S")]
    [InlineData("D")]
    [InlineData("W")]
    [InlineData("N")]
    public void ToEntity_KeepsMarital_WhenTheEmittedPatientIsWrittenBack(string marital)
    {
        var john = InsureeFixtures.JohnInFamily();
        john.Marital = marital;
        var back = InsureeFixtures.JohnInFamily();
        back.Marital = null;

        Apply(InsureeTestCodes.PatientMapper.ToFhir(john), back);

        Assert.Equal(marital, back.Marital);
    }

    private static List<(string?, string?, string?)> Codings(CodeableConcept? concept) =>
        [.. (concept?.Coding ?? []).Select(c => (c.System, c.Code, c.Display))];

    private static InsureeRow Apply(CodeableConcept maritalStatus)
    {
        var patient = JohnPatient();
        patient.MaritalStatus = maritalStatus;
        var john = InsureeFixtures.JohnInFamily();
        Apply(patient, john);
        return john;
    }

    private static Patient JohnPatient() => FhirFixtures.Load<Patient>("patient-john-doe.json");

    private static void Apply(Patient patient, InsureeRow row) =>
        InsureeTestCodes.PatientMapper.ToEntity(patient, row, new PatientLinks(row.Family, row.CurrentVillage, InsureeFixtures.Stamp, 1));
}
