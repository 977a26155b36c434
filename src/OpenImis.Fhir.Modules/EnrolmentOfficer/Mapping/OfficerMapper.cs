using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.EnrolmentOfficer.Data;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.EnrolmentOfficer.Mapping;

/// <summary>
/// An enrolment officer (<c>tblOfficer</c>) as openimis-enrolment-officer-practitioner, and as its role,
/// openimis-enrolment-officer-practitioner-role: the villages it serves (<c>tblOfficerVillages</c>), the officer
/// who substitutes for it and the date it works to. Both resources are the same row and carry its UUID as id.
/// </summary>
internal sealed class OfficerMapper(ILocationLookup locations)
{
    public Practitioner ToPractitioner(Officer row)
    {
        var practitioner = new Practitioner
        {
            Identifier = IgIdentifiers.Of(row.Code, row),
            Name = [PractitionerPerson.Name(row.LastName, row.OtherNames)],
            Telecom = PractitionerPerson.Telecom(row.Phone, row.Email),
            BirthDateElement = PractitionerPerson.BirthDate(row.BirthDate),
            Qualification = [new Practitioner.QualificationComponent { Code = PractitionerPerson.Code(PractitionerPerson.EnrolmentOfficer) }],
        };
        if (DistrictAddress(row) is { } address)
        {
            practitioner.Address = [address];
        }

        return practitioner;
    }

    /// <param name="row">The officer, with its villages and substitute loaded.</param>
    public PractitionerRole ToRole(Officer row)
    {
        var role = new PractitionerRole
        {
            Identifier = IgIdentifiers.Of(row.Code, row),
            Practitioner = FhirReferences.To("Practitioner", row.Uuid),
            Code = [PractitionerPerson.Code(PractitionerPerson.EnrolmentOfficer)],
            Telecom = PractitionerPerson.Telecom(row.Phone, row.Email),
            Location = row.Villages
                .Where(v => v.ValidityTo is null && v.LocationId is not null)
                .OrderBy(v => v.Id)
                .Select(v => locations.Find(v.LocationId!.Value))
                .OfType<LocationNode>()
                .Select(village => FhirReferences.To("Location", village.Uuid))
                .ToList(),
        };

        // The profile forbids period.start and requires period.end when there is a period.
        if (row.WorksTo is { } worksTo)
        {
            role.Period = new Period { EndElement = new FhirDateTime(new DateTimeOffset(DateTime.SpecifyKind(worksTo, DateTimeKind.Utc))) };
        }

        if (row.Substitute is { } substitute)
        {
            role.Extension.Add(new Extension(OpenImisIg.RoleSubstitution, FhirReferences.To("Practitioner", substitute.Uuid)));
        }

        return role;
    }

    // openIMIS places an officer in a district; the profile's address says so: district, its region as state and a
    // reference to the district.
    private Address? DistrictAddress(Officer row)
    {
        if (row.LocationId is not { } id || locations.Find(id) is not { } district)
        {
            return null;
        }

        var address = new Address
        {
            Type = Address.AddressType.Physical,
            District = district.Name,
            State = district.Parent?.Name,
        };
        if (!string.IsNullOrEmpty(row.PermanentAddress))
        {
            address.Line = [row.PermanentAddress];
        }

        address.Extension.Add(new Extension(OpenImisIg.LocationReference, FhirReferences.To("Location", district.Uuid)));
        return address;
    }
}
