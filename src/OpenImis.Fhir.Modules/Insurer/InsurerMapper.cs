using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Insurer;

/// <summary>The configured insurer as openimis-insurance-organization (type <c>ins</c>).</summary>
internal static class InsurerMapper
{
    public const string OrganizationTypeSystem = "http://terminology.hl7.org/CodeSystem/organization-type";
    public const string ContactTypeSystem = "http://terminology.hl7.org/CodeSystem/contactentity-type";

    public static Organization ToFhir(InsurerOptions options)
    {
        var organization = new Organization
        {
            Id = Guid.Parse(options.Id!).ToString(),

            // The profile allows one identifier: the code (the id already is the UUID).
            Identifier = [IgIdentifiers.Create(IgIdentifiers.Code, options.Code!)],
            Type = [new CodeableConcept(OrganizationTypeSystem, "ins", "Insurance Company", null)],
            Name = options.Name,
        };
        AddTelecom(organization, ContactPoint.ContactPointSystem.Phone, options.Phone);
        AddTelecom(organization, ContactPoint.ContactPointSystem.Email, options.Email);
        AddTelecom(organization, ContactPoint.ContactPointSystem.Fax, options.Fax);
        var lines = options.AddressLines.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        if (lines.Count > 0 || options.City is not null || options.District is not null || options.State is not null)
        {
            organization.Address =
            [
                new Address
                {
                    Type = Address.AddressType.Physical,
                    Line = lines.Count > 0 ? [string.Join(", ", lines)] : [],
                    City = options.City,
                    District = options.District,
                    State = options.State,
                },
            ];
        }

        if (!string.IsNullOrWhiteSpace(options.ContactName))
        {
            organization.Contact =
            [
                new Organization.ContactComponent
                {
                    Purpose = new CodeableConcept(ContactTypeSystem, "ADMIN", "Administrative", null),
                    Name = new HumanName { Text = options.ContactName },
                },
            ];
        }

        return organization;
    }

    private static void AddTelecom(Organization organization, ContactPoint.ContactPointSystem system, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            organization.Telecom.Add(new ContactPoint(system, null, value));
        }
    }
}
