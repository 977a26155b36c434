using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Tests.Conformance;

/// <summary>The profiles must reject bad data, not only accept the examples.</summary>
public sealed class BrokenPatientTests
{
    private const string PatientProfile = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/openimis-patient";

    [Fact]
    public void Validate_ReportsMissingIdentifier_WhenPatientHasNoIdentifier()
    {
        var patient = ValidPatient();
        patient.Identifier.Clear();

        var errors = Validate(patient);

        Assert.Contains(errors, e => e.Contains("Missing required member: 'identifier'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReportsCodeOutsideValueSet_WhenMaritalStatusIsNotAnOpenImisCode()
    {
        var patient = ValidPatient();
        // "A" (annulled) exists in v3-MaritalStatus but not in the required patient-marital-status value set.
        patient.MaritalStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "A");

        var errors = Validate(patient);

        Assert.Contains(errors, e => e.Contains("patient-marital-status", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReportsCodeOutsideValueSet_WhenMaritalStatusIsV3MaritalStatusUnknown()
    {
        var patient = ValidPatient();
        // Guide 1.0.0 listed this code, which v3-MaritalStatus does not define; 1.1.0 lists v3-NullFlavor's UNK instead.
        patient.MaritalStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", "UNK");

        var errors = Validate(patient);

        Assert.Contains(errors, e => e.Contains("patient-marital-status", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReportsNoErrors_WhenMaritalStatusIsNullFlavorUnknown()
    {
        var patient = ValidPatient();
        patient.MaritalStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-NullFlavor", "UNK", "unknown");

        Assert.Empty(Validate(patient));
    }

    [Fact]
    public void Validate_ReportsInsureeCodeInvariant_WhenCodeIsLongerThanTwelveCharacters()
    {
        var patient = ValidPatient();
        patient.Identifier.Single(i => i.Type?.Coding[0].Code == "Code").Value = "1234567890123";

        var errors = Validate(patient);

        Assert.Contains(errors, e => e.Contains("insureeCodeMustBeUnder13Chars", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReportsNoErrors_WhenPatientIsTheUnchangedExample()
    {
        Assert.Empty(Validate(ValidPatient()));
    }

    [Fact]
    public void Validate_ReportsNoErrors_WhenPhotoIsSentAsData()
    {
        var patient = ValidPatient();
        var data = new byte[] { 1, 2, 3 };
        patient.Photo = [new Attachment
        {
            ContentType = "image/png",
            Data = data,
#pragma warning disable CA5350 // FHIR defines Attachment.hash as SHA-1.
            Hash = System.Security.Cryptography.SHA1.HashData(data),
#pragma warning restore CA5350
            Title = "photo",
            Creation = "2024-01-01",
        }];

        Assert.Empty(Validate(patient));
    }

    [Fact]
    public void Validate_ReportsPhotoInvariant_WhenPhotoHasBothUrlAndData()
    {
        var patient = ValidPatient();
        patient.Photo = [new Attachment
        {
            ContentType = "image/png", Data = [1], Url = "https://example.org/p.png", SizeElement = new UnsignedInt(1), Hash = [1], Title = "photo", Creation = "2024-01-01",
        }];

        Assert.Contains(Validate(patient), e => e.Contains("patientPhotoUrlOrData", StringComparison.Ordinal));
    }

    private static List<string> Validate(Patient patient) =>
        [.. ExampleTests.Errors(ProfileSet.Instance.Validator.Validate(patient, PatientProfile))];

    private static Patient ValidPatient() =>
        (Patient)ProfileSet.Parse(Path.Combine(ProfileSet.ExamplesFolder, "Patient-john-doe.json"));
}
