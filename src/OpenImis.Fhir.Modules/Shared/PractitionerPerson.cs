using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Modules.Shared;

/// <summary>
/// The parts the claim-administrator and enrolment-officer Practitioner and PractitionerRole profiles share: one
/// official name (family = last name, given = other names), phone and email, the birth date, and the
/// practitioner-qualification-type code (CA or EO) as qualification or role.
/// </summary>
internal static class PractitionerPerson
{
    public const string ClaimAdministrator = "CA";
    public const string EnrolmentOfficer = "EO";

    public static CodeableConcept Code(string code) =>
        new(OpenImisIg.QualificationTypeSystem, code, code == ClaimAdministrator ? "Claim Administrator" : "Enrolment Officer", null);

    public static HumanName Name(string? lastName, string? otherNames)
    {
        var name = new HumanName { Use = HumanName.NameUse.Official };
        // The profiles require name.family, name.given and birthDate, which openIMIS may leave empty.
        name.FamilyElement = DataAbsent.String(lastName);
        name.GivenElement = [DataAbsent.String(otherNames)];
        return name;
    }

    public static Date BirthDate(DateOnly? birthDate) =>
        birthDate is { } date ? new Date(date.Year, date.Month, date.Day) : DataAbsent.Unknown(new Date());

    public static List<ContactPoint> Telecom(string? phone, string? email)
    {
        var telecom = new List<ContactPoint>();
        if (!string.IsNullOrEmpty(phone))
        {
            telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, null, phone));
        }

        if (!string.IsNullOrEmpty(email))
        {
            telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Email, null, email));
        }

        return telecom;
    }

    public static string? Telecom(IEnumerable<ContactPoint> telecom, ContactPoint.ContactPointSystem system) =>
        telecom.FirstOrDefault(t => t.System == system)?.Value;

    public static bool HasCode(IEnumerable<CodeableConcept> concepts, string code) =>
        concepts.Any(c => HasCode(c, code));

    public static bool HasCode(CodeableConcept? concept, string code) =>
        concept?.Coding.Any(c => c.Code == code && c.System == OpenImisIg.QualificationTypeSystem) == true;

    /// <summary>The birth date written; null when absent or only said to be unknown.</summary>
    public static DateOnly? BirthDate(Date? birthDate, string element)
    {
        if (birthDate?.Value is not { } text)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", out var date)
            ? date
            : throw Core.Errors.FhirException.Unprocessable($"{element} must be a full date (yyyy-MM-dd); openIMIS keeps the day.", element);
    }
}
