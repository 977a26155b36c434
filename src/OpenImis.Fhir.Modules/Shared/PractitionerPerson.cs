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

    // The profiles require name.family, name.given and birthDate, which openIMIS may leave empty: an empty value
    // is said to be unknown rather than left out (FHIR's data-absent-reason), so the resource still conforms.
    private const string DataAbsentReason = "http://hl7.org/fhir/StructureDefinition/data-absent-reason";

    public static CodeableConcept Code(string code) =>
        new(OpenImisIg.QualificationTypeSystem, code, code == ClaimAdministrator ? "Claim Administrator" : "Enrolment Officer", null);

    public static HumanName Name(string? lastName, string? otherNames)
    {
        var name = new HumanName { Use = HumanName.NameUse.Official };
        name.FamilyElement = string.IsNullOrEmpty(lastName) ? Unknown(new FhirString()) : new FhirString(lastName);
        name.GivenElement = [string.IsNullOrEmpty(otherNames) ? Unknown(new FhirString()) : new FhirString(otherNames)];
        return name;
    }

    public static Date BirthDate(DateOnly? birthDate) =>
        birthDate is { } date ? new Date(date.Year, date.Month, date.Day) : Unknown(new Date());

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

    /// <summary>
    /// A required reference whose target openIMIS does not hold (a claim administrator without health facility):
    /// said to be unknown, so the resource still conforms and a client sees why nothing is referenced.
    /// </summary>
    public static ResourceReference UnknownReference() =>
        new() { Extension = [new Extension(DataAbsentReason, new Code("unknown"))] };

    private static T Unknown<T>(T element)
        where T : PrimitiveType
    {
        element.Extension.Add(new Extension(DataAbsentReason, new Code("unknown")));
        return element;
    }
}
