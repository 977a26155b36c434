using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Locations;

/// <summary>openimis-location resources for the tests, and a Firely client on a test server.</summary>
internal static class LocationResources
{
    public const string Profile = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/openimis-location";
    public const string TypeSystem = "https://openimis.github.io/openimis_fhir_r4_ig/CodeSystem/location-type";
    public const string LocationReference = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/address-location-reference";
    private const string IdentifierTypes = "https://openimis.github.io/openimis_fhir_r4_ig/CodeSystem/openimis-identifiers";

    public static FhirClient Client(ServerFixture server) =>
        new("http://localhost/fhir", new FhirClientSettings { PreferredFormat = ResourceFormat.Json }, server.Factory.Server.CreateHandler());

    /// <summary>A new location of the level <paramref name="type"/> with a code of its own.</summary>
    public static Location New(string type, string? parentId, string name = "Testplace") => new()
    {
        Identifier = [new Identifier { Type = new CodeableConcept(IdentifierTypes, "Code"), Value = NewCode() }],
        Status = Location.LocationStatus.Active,
        Name = name,
        Mode = Location.LocationMode.Instance,
        PhysicalType = new CodeableConcept(TypeSystem, type),
        PartOf = parentId is null ? null : new ResourceReference($"Location/{parentId}"),
    };

    /// <summary>A region, a district, a ward and a village, each under the one before.</summary>
    public static async Task<IReadOnlyList<Location>> BranchAsync(FhirClient client, string name = "Branch")
    {
        var branch = new List<Location>();
        foreach (var type in new[] { "R", "D", "W", "V" })
        {
            branch.Add((await client.CreateAsync(New(type, branch.LastOrDefault()?.Id, $"{name} {type}")))!);
        }

        return branch;
    }

    public static string Code(Location location) => location.Identifier.Single(i => i.Type.Coding[0].Code == "Code").Value;

    // Location codes are at most 8 characters and unique among live locations.
    private static string NewCode() => "T" + Random.Shared.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
}
