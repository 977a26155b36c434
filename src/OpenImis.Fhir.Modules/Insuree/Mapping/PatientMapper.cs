using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Shared;
using OpenImis.Fhir.Modules.Location.Mapping;

namespace OpenImis.Fhir.Modules.Insuree.Mapping;

/// <summary>
/// Insuree ↔ openimis-patient. <see cref="ToEntity"/> only copies fields: the handler first resolves the rows the
/// Patient refers to (<see cref="PatientReferences"/>) and checks the rules that need the database.
/// <see cref="ToFhir"/> takes the villages from <paramref name="locations"/> by id, not from navigations: the read
/// does not join the location tree.
/// </summary>
internal sealed class PatientMapper(InsureeCodes codes, ILocationLookup locations)
{
    public Patient ToFhir(Data.Insuree row)
    {
        var patient = new Patient
        {
            Identifier = IgIdentifiers.Of(row.ChfId, row),
            Name = [new HumanName { Use = HumanName.NameUse.Official, Family = row.LastName, Given = [row.OtherNames] }],
            Gender = Gender(row.GenderCode),
            BirthDate = row.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            MaritalStatus = codes.MaritalStatus.ToConcept(row.Marital),
            Telecom = Telecom(row),
        };
        if (Address(row) is { } address)
        {
            patient.Address.Add(address);
        }

        if (PatientPhotos.ToFhir(row.Photo) is { } photo)
        {
            patient.Photo.Add(photo);
        }

        if (Contact(row) is { } contact)
        {
            patient.Contact.Add(contact);
        }

        PatientExtensions.ToFhir(row, patient, codes);
        return patient;
    }

    public void ToEntity(Patient patient, Data.Insuree row, PatientLinks links)
    {
        var name = patient.Name.FirstOrDefault()
            ?? throw FhirException.Unprocessable("Patient.name is required.", "Patient.name");
        row.LastName = ColumnLimits.Required(name.Family, 100, "Patient.name.family");
        row.OtherNames = ColumnLimits.Required(name.Given.FirstOrDefault(), 100, "Patient.name.given");
        row.GenderCode = GenderCode(patient);
        row.BirthDate = BirthDate(patient);
        row.Marital = codes.MaritalStatus.FromConcept(MaritalStatusAlias.Current(patient.MaritalStatus), "Patient.maritalStatus");
        row.ChfId = ColumnLimits.Fit(IgIdentifiers.Find(patient.Identifier, IgIdentifiers.Code), 12, "Patient.identifier[Code].value");
        row.Phone = ColumnLimits.Fit(TelecomValue(patient, ContactPoint.ContactPointSystem.Phone), 50, "Patient.telecom[phone].value");
        row.Email = ColumnLimits.Fit(TelecomValue(patient, ContactPoint.ContactPointSystem.Email), 100, "Patient.telecom[email].value");
        row.RelationshipId = PatientExtensions.SmallInt(codes.Relationship.FromConcept(
            patient.Contact.FirstOrDefault()?.Relationship.FirstOrDefault(), "Patient.contact.relationship"));
        row.CurrentAddress = ColumnLimits.Fit(
            VillageAddress.Line(PatientReferences.InsureeAddress(patient)), 200, $"{PatientReferences.InsureeAddressElement}.line");
        row.CurrentVillage = links.CurrentVillage;
        row.CurrentVillageId = links.CurrentVillage?.Id;
        row.Family = links.Family;
        row.FamilyId = links.Family?.Id;
        PatientExtensions.ToEntity(patient, row, codes);
        CheckHead(row, links.Family);
        PatientPhotos.ToEntity(patient, row, links);
    }

    // tblFamilies.InsureeID names the head, and the Group owns it: the Patient's flag must agree with the family.
    private static void CheckHead(Data.Insuree row, Family? family)
    {
        const string Element = "Patient.extension[isHead]";
        var isHead = family is not null && row.Id != 0 && family.HeadInsureeId == row.Id;
        if (row.IsHead == isHead)
        {
            return;
        }

        var group = family is null ? null : $"Group/{family.Uuid.ToLowerInvariant()}";
        throw FhirException.Unprocessable(
            (row.IsHead, family) switch
            {
                (true, null) => $"{Element} is true but the Patient names no family: create the family with POST Group, the head among its members.",
                (true, _) => $"{Element} is true but {group} has another head: the head of a family changes through the Group.",
                _ => $"{Element} must be true: the Patient is the head of {group}, which changes through the Group.",
            },
            Element);
    }

    // The profile requires a gender and openIMIS allows none: no gender and 'unknown' stand for each other.
    private AdministrativeGender Gender(string? code) =>
        code is not null && codes.Gender.Translate(code)?.Code is { } literal
            ? EnumUtility.ParseLiteral<AdministrativeGender>(literal) ?? AdministrativeGender.Unknown
            : AdministrativeGender.Unknown;

    private string? GenderCode(Patient patient) => patient.Gender switch
    {
        null => throw FhirException.Unprocessable("Patient.gender is required.", "Patient.gender"),
        AdministrativeGender.Unknown => null,
        { } gender => codes.Gender.FromCode(gender.GetLiteral(), "Patient.gender"),
    };

    private static DateOnly BirthDate(Patient patient)
    {
        if (patient.BirthDate is null)
        {
            throw FhirException.Unprocessable("Patient.birthDate is required.", "Patient.birthDate");
        }

        return DateOnly.TryParseExact(patient.BirthDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw FhirException.Unprocessable(
                $"Patient.birthDate '{patient.BirthDate}' is not a full date (YYYY-MM-DD), which openIMIS stores.", "Patient.birthDate");
    }

    private static List<ContactPoint> Telecom(Data.Insuree row)
    {
        var telecom = new List<ContactPoint>();
        if (!string.IsNullOrEmpty(row.Phone))
        {
            telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, null, row.Phone));
        }

        if (!string.IsNullOrEmpty(row.Email))
        {
            telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, null, row.Email));
        }

        return telecom;
    }

    private static string? TelecomValue(Patient patient, ContactPoint.ContactPointSystem system) =>
        patient.Telecom.FirstOrDefault(t => t.System == system)?.Value;

    // The profile allows one address: the insuree's own (temp) when openIMIS has one, else the family's (home).
    private Address? Address(Data.Insuree row) =>
        Village(row.CurrentVillageId) is { } village
            ? VillageAddress.Create(village, row.CurrentAddress, Hl7.Fhir.Model.Address.AddressUse.Temp)
            : VillageAddress.Create(Village(row.Family?.LocationId), row.Family?.Address, Hl7.Fhir.Model.Address.AddressUse.Home);

    private LocationNode? Village(int? id) => id is { } known ? locations.Find(known) : null;

    // The contact is the head of the family, with the insuree's relationship to them; the head has none.
    private Patient.ContactComponent? Contact(Data.Insuree row)
    {
        if (row.Family?.HeadInsuree is not { } head || row.Family.HeadInsureeId == (row.LegacyId ?? row.Id))
        {
            return null;
        }

        var contact = new Patient.ContactComponent
        {
            Name = new HumanName { Family = head.LastName, Given = [head.OtherNames] },
        };
        if (codes.Relationship.ToConcept(row.RelationshipId?.ToString(CultureInfo.InvariantCulture)) is { } relationship)
        {
            contact.Relationship.Add(relationship);
        }

        return contact;
    }
}
