using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Location.Cache;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.PolicyHolder.Mapping;

/// <summary>
/// A policy holder's address. openIMIS places a policy holder at any level of the location tree, or nowhere
/// (<c>LocationsId</c> NULL), while the profile wants a village address: city, municipality, district and region
/// with a reference to the location. The levels the location has are named; those it lies below are said to be
/// unknown (data-absent-reason), and the reference points at the location openIMIS holds.
/// </summary>
internal static class PolicyHolderAddress
{
    public static Address Create(LocationNode? location, string? line)
    {
        var levels = new Dictionary<string, LocationNode>(StringComparer.Ordinal);
        for (var node = location; node is not null; node = node.Parent)
        {
            levels.TryAdd(node.Type, node);
        }

        var address = new Address
        {
            Use = Address.AddressUse.Work,
            Type = Address.AddressType.Physical,
            CityElement = DataAbsent.String(Name(levels, "V")),
            DistrictElement = DataAbsent.String(Name(levels, "D")),
            StateElement = DataAbsent.String(Name(levels, "R")),
        };
        if (!string.IsNullOrEmpty(line))
        {
            address.Line = [line];
        }

        address.Extension.Add(new Extension(OpenImisIg.Municipality, DataAbsent.String(Name(levels, "W"))));
        address.Extension.Add(new Extension(
            OpenImisIg.LocationReference,
            location is null ? DataAbsent.UnknownReference() : FhirReferences.To("Location", location.Uuid)));
        return address;
    }

    private static string? Name(Dictionary<string, LocationNode> levels, string type) =>
        levels.TryGetValue(type, out var node) ? node.Name : null;
}
