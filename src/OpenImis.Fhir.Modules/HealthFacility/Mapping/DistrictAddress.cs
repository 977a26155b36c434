using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.HealthFacility.Mapping;

/// <summary>
/// A health facility's address as the guide spells it: district and state (region) from the location tree, the
/// free-text line, and the location reference extension pointing at the district (the guide's locationDistrict).
/// </summary>
internal static class DistrictAddress
{
    public const string Element = "Organization.address";

    public static Address? Create(LocationNode? district, string? line)
    {
        if (district is null)
        {
            return null;
        }

        var address = new Address
        {
            Type = Address.AddressType.Physical,
            District = district.Name,
            State = district.Parent?.Name,
        };
        if (!string.IsNullOrEmpty(line))
        {
            address.Line = [line];
        }

        address.Extension.Add(new Extension(OpenImisIg.LocationReference, FhirReferences.To("Location", district.Uuid)));
        return address;
    }

    /// <summary>The UUID of the district the address refers to; null when it refers to none.</summary>
    public static string? DistrictId(Organization organization) =>
        FhirReferences.IdOf(
            organization.Address.FirstOrDefault()?.GetExtension(OpenImisIg.LocationReference)?.Value as ResourceReference,
            "Location",
            $"{Element}.extension[locationDistrict]");
}
