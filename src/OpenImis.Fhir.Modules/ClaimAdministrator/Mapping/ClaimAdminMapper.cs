using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.ClaimAdministrator.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.ClaimAdministrator.Mapping;

/// <summary>
/// A claim administrator (<c>tblClaimAdmin</c>) as openimis-claim-administrator-practitioner and as its role,
/// openimis-claim-administrator-practitioner-role, which links it to its health facility. Both resources are the
/// same row and carry its UUID as id.
/// </summary>
internal static class ClaimAdminMapper
{
    public const string CodeElement = "Practitioner.identifier[Code]";

    public static Practitioner ToPractitioner(ClaimAdmin row) => new()
    {
        Identifier = IgIdentifiers.Of(row.Code, row),
        Name = [PractitionerPerson.Name(row.LastName, row.OtherNames)],
        Telecom = PractitionerPerson.Telecom(row.Phone, row.Email),
        BirthDateElement = PractitionerPerson.BirthDate(row.BirthDate),
        Qualification = [new Practitioner.QualificationComponent { Code = PractitionerPerson.Code(PractitionerPerson.ClaimAdministrator) }],
    };

    /// <param name="row">The claim administrator.</param>
    /// <param name="facilityUuid">The UUID of its health facility; null when it has none.</param>
    public static PractitionerRole ToRole(ClaimAdmin row, string? facilityUuid)
    {
        var role = new PractitionerRole
        {
            Identifier = IgIdentifiers.Of(row.Code, row),
            Practitioner = FhirReferences.To("Practitioner", row.Uuid),
            Code = [PractitionerPerson.Code(PractitionerPerson.ClaimAdministrator)],
            Telecom = PractitionerPerson.Telecom(row.Phone, row.Email),
        };
        // tblClaimAdmin.HFId is nullable (a claim administrator created as a Practitioner has none yet), while the
        // profile requires organization: an absent facility is said to be unknown.
        role.Organization = facilityUuid is null
            ? DataAbsent.UnknownReference()
            : FhirReferences.To("Organization", facilityUuid);

        return role;
    }

    /// <summary>Writes the Practitioner's elements into the row; the health facility is the role's to set.</summary>
    public static void ToEntity(Practitioner resource, ClaimAdmin row)
    {
        if (!resource.Qualification.Select(q => q.Code).Any(c => PractitionerPerson.HasCode(c, PractitionerPerson.ClaimAdministrator)))
        {
            throw Core.Errors.FhirException.Unprocessable(
                "Practitioner.qualification must be practitioner-qualification-type#CA for a claim administrator.", "Practitioner.qualification");
        }

        row.Code = ColumnLimits.Required(IgIdentifiers.Find(resource.Identifier, IgIdentifiers.Code), 8, CodeElement);
        var name = resource.Name.FirstOrDefault();
        row.LastName = ColumnLimits.Required(name?.Family, 100, "Practitioner.name.family");
        row.OtherNames = ColumnLimits.Required(name?.Given.FirstOrDefault(), 100, "Practitioner.name.given");
        row.BirthDate = PractitionerPerson.BirthDate(resource.BirthDateElement, "Practitioner.birthDate");
        row.Phone = ColumnLimits.Fit(PractitionerPerson.Telecom(resource.Telecom, ContactPoint.ContactPointSystem.Phone), 50, "Practitioner.telecom[phone]");
        row.Email = ColumnLimits.Fit(PractitionerPerson.Telecom(resource.Telecom, ContactPoint.ContactPointSystem.Email), 200, "Practitioner.telecom[email]");
    }
}
