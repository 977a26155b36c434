using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace OpenImis.Fhir.Tests.Conformance;

/// <summary>
/// Firely SDK 6.8 (R4) stores <c>Attachment.Size = n</c> as an integer64 element, the R5 type, while R4 says
/// unsignedInt: such a photo serializes as a JSON string and fails validation. Setting <c>SizeElement</c> to an
/// <see cref="UnsignedInt"/> does not (ig/README.md). The first two tests pin the SDK's behaviour, so an SDK that fixes
/// it shows up here.
/// </summary>
public sealed class AttachmentSizeTests
{
    private const string PatientProfile = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/openimis-patient";

    [Fact]
    public void Size_IsWrittenAsAJsonString_WhenSetThroughTheSizeProperty()
    {
        var patient = new Patient { Photo = [new Attachment { Size = 10 }] };

        using var json = JsonDocument.Parse(new FhirJsonSerializer().SerializeToString(patient));

        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("photo")[0].GetProperty("size").ValueKind);
    }

    [Fact]
    public void Validate_ReportsTheSizeAsInteger64_WhenSetThroughTheSizeProperty()
    {
        var patient = PatientWithUrlPhoto();
        patient.Photo[0].Size = 10;

        var errors = ExampleTests.Errors(ServerValidator.Instance.Validate(patient, PatientProfile));

        Assert.Contains(errors, e => e.Contains("integer64", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ReportsNoErrors_WhenPhotoSizeIsAnUnsignedIntElement()
    {
        var patient = PatientWithUrlPhoto();
        patient.Photo[0].SizeElement = new UnsignedInt(10);

        Assert.Empty(ExampleTests.Errors(ServerValidator.Instance.Validate(patient, PatientProfile)));
    }

    // A photo by URL, which the guide's invariant patientPhotoUrlOrData wants with its size.
    private static Patient PatientWithUrlPhoto()
    {
        var patient = (Patient)ProfileSet.Parse(Path.Combine(ProfileSet.ExamplesFolder, "Patient-john-doe.json"));
        patient.Photo = [new Attachment
        {
            ContentType = "image/png", Url = "https://example.org/photo.png", Hash = [1, 2, 3], Title = "photo", Creation = "2024-01-01",
        }];
        return patient;
    }
}
