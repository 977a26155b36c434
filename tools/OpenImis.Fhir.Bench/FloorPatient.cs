using System.Data.Common;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Bench;

/// <summary>
/// A Patient with the fields the openIMIS profile gives an insuree, built straight from a <see cref="FloorQueries"/>
/// row: the work any Patient read has to do, without the server's layers.
/// </summary>
internal static class FloorPatient
{
    private const string Ig = "https://openimis.github.io/openimis_fhir_r4_ig/";
    private const string Identifiers = Ig + "CodeSystem/openimis-identifiers";

    public static Patient From(DbDataReader row)
    {
        var uuid = row.GetString(0).ToLowerInvariant();
        var lastUpdated = row.GetFieldValue<DateTime>(16);
        var patient = new Patient
        {
            Id = uuid,
            Meta = new Meta
            {
                VersionId = ((lastUpdated - DateTime.UnixEpoch).Ticks / 10).ToString(System.Globalization.CultureInfo.InvariantCulture),
                LastUpdated = lastUpdated,
                Profile = [Ig + "StructureDefinition/openimis-patient"],
            },
            Identifier = [Identifier("UUID", uuid)],
            Name = [new HumanName { Use = HumanName.NameUse.Official, Family = row.GetString(2), Given = [row.GetString(3)] }],
            Gender = Text(row, 5) switch
            {
                "M" => AdministrativeGender.Male,
                "F" => AdministrativeGender.Female,
                "O" => AdministrativeGender.Other,
                _ => AdministrativeGender.Unknown,
            },
            BirthDate = row.IsDBNull(4) ? null : row.GetFieldValue<DateOnly>(4).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            MaritalStatus = new CodeableConcept("http://terminology.hl7.org/CodeSystem/v3-MaritalStatus", Text(row, 6) ?? "UNK"),
        };
        if (Text(row, 1) is { } chfId)
        {
            patient.Identifier.Add(Identifier("Code", chfId));
        }

        AddTelecom(patient, row);
        AddAddress(patient, row);
        AddExtensions(patient, row);
        if (Text(row, 24) is { } photo)
        {
            patient.Photo = [new Attachment { Url = "Images/Updated/" + photo, Title = photo, ContentType = "image/png" }];
        }

        return patient;
    }

    private static void AddTelecom(Patient patient, DbDataReader row)
    {
        if (Text(row, 9) is { } phone)
        {
            patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, null, phone));
        }

        if (Text(row, 10) is { } email)
        {
            patient.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, null, email));
        }
    }

    private static void AddAddress(Patient patient, DbDataReader row)
    {
        if (Text(row, 19) is not { } village)
        {
            return;
        }

        var address = new Address
        {
            Use = Address.AddressUse.Home,
            Type = Address.AddressType.Physical,
            Line = Text(row, 18) is { } line ? [line] : [],
            City = Text(row, 20),
            District = Text(row, 22),
            State = Text(row, 23),
        };
        address.Extension.Add(new Extension(Ig + "StructureDefinition/address-municipality", new FhirString(Text(row, 21))));
        address.Extension.Add(new Extension(Ig + "StructureDefinition/address-location-reference", new ResourceReference("Location/" + village)));
        patient.Address.Add(address);
    }

    private static void AddExtensions(Patient patient, DbDataReader row)
    {
        patient.Extension.Add(new Extension(Ig + "StructureDefinition/patient-is-head", new FhirBoolean(row.GetBoolean(7))));
        patient.Extension.Add(new Extension(Ig + "StructureDefinition/patient-card-issued", new FhirBoolean(row.GetBoolean(8))));
        if (!row.IsDBNull(13))
        {
            patient.Extension.Add(new Extension(Ig + "StructureDefinition/patient-education-level", Coded("patient-education-level", row.GetInt16(13))));
        }

        if (!row.IsDBNull(14))
        {
            patient.Extension.Add(new Extension(Ig + "StructureDefinition/patient-profession", Coded("patient-profession", row.GetInt16(14))));
        }

        if (!row.IsDBNull(15))
        {
            patient.Extension.Add(new Extension(Ig + "StructureDefinition/patient-vulnerability-status", new FhirBoolean(row.GetBoolean(15))));
        }

        if (Text(row, 17) is { } family)
        {
            patient.Extension.Add(new Extension(Ig + "StructureDefinition/patient-group-reference", new ResourceReference("Group/" + family.ToLowerInvariant())));
        }

        if (Text(row, 11) is { } number)
        {
            var identification = new Extension { Url = Ig + "StructureDefinition/patient-identification" };
            identification.Extension.Add(new Extension("number", new FhirString(number)));
            if (Text(row, 12) is { } type)
            {
                identification.Extension.Add(new Extension("type", new CodeableConcept(Ig + "CodeSystem/patient-identification-type", type)));
            }

            patient.Extension.Add(identification);
        }
    }

    private static Identifier Identifier(string type, string value) =>
        new() { Type = new CodeableConcept(Identifiers, type), Value = value };

    private static CodeableConcept Coded(string codeSystem, short code) =>
        new(Ig + "CodeSystem/" + codeSystem, code.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string? Text(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
