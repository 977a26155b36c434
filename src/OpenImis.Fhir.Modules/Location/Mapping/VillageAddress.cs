using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Location.Mapping;

/// <summary>
/// An address in the openIMIS location tree, as the IG spells it: city = village, municipality extension = ward,
/// district, state = region, and a reference to the village.
/// </summary>
internal static class VillageAddress
{
    /// <summary>
    /// The address of <paramref name="village"/>, walking its parents in the fixed openIMIS order village, ward,
    /// district, region (the search parameters use the same paths); null when there is no village.
    /// </summary>
    public static Address? Create(LocationNode? village, string? line, Address.AddressUse use)
    {
        if (village is null)
        {
            return null;
        }

        var ward = village.Parent;
        var district = ward?.Parent;
        var address = new Address
        {
            Use = use,
            Type = Address.AddressType.Physical,
            City = village.Name,
            District = district?.Name,
            State = district?.Parent?.Name,
        };
        if (!string.IsNullOrEmpty(line))
        {
            address.Line = [line];
        }

        if (ward?.Name is { } wardName)
        {
            address.Extension.Add(new Extension(OpenImisIg.Municipality, new FhirString(wardName)));
        }

        address.Extension.Add(new Extension(OpenImisIg.LocationReference, FhirReferences.To("Location", village.Uuid)));
        return address;
    }

    /// <summary>The UUID of the village the address refers to; null when it refers to none.</summary>
    public static string? VillageId(Address? address, string element) =>
        FhirReferences.IdOf(
            address?.GetExtension(OpenImisIg.LocationReference)?.Value as ResourceReference,
            "Location",
            $"{element}.extension[location]");

    /// <summary>The free-text part of the address (openIMIS keeps one line).</summary>
    public static string? Line(Address? address) => address?.Line.FirstOrDefault();
}
