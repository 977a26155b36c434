using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using Npgsql;
using OpenImis.Fhir.IntegrationTests.Locations;

namespace OpenImis.Fhir.IntegrationTests.HealthFacility;

/// <summary>openimis-health-facility-organization resources for the tests, and SQL on the test database.</summary>
internal static class HealthFacilityResources
{
    public const string Profile = Ig + "/StructureDefinition/openimis-health-facility-organization";
    public const string SiteProfile = Ig + "/StructureDefinition/openimis-health-facility-location";
    private const string Ig = "https://openimis.github.io/openimis_fhir_r4_ig";
    private const string IdentifierTypes = Ig + "/CodeSystem/openimis-identifiers";

    /// <summary>A new dispensary in <paramref name="districtId"/>, with a code of its own unless one is given.</summary>
    public static Organization New(string districtId, string? code = null, string name = "Test Dispensary")
    {
        var address = new Address { Type = Address.AddressType.Physical, Line = ["Plot 7"] };
        address.Extension.Add(new Extension(LocationResources.LocationReference, new ResourceReference($"Location/{districtId}")));
        var organization = new Organization
        {
            Meta = new Meta { Profile = [Profile] },
            Identifier = [new Identifier { Type = new CodeableConcept(IdentifierTypes, "Code"), Value = code ?? NewCode() }],
            Type = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/organization-type", "prov")],
            Name = name,
            Telecom = [new ContactPoint(ContactPoint.ContactPointSystem.Phone, null, "+255 22 000 0000")],
            Address = [address],
        };
        organization.Extension.Add(new Extension(Ig + "/StructureDefinition/organization-hf-legal-form", new CodeableConcept(Ig + "/CodeSystem/organization-hf-legal-form", "G")));
        organization.Extension.Add(new Extension(Ig + "/StructureDefinition/organization-hf-level", new CodeableConcept(Ig + "/CodeSystem/organization-hf-level", "D")));
        organization.Extension.Add(new Extension(Ig + "/StructureDefinition/organization-hf-care-type", new CodeableConcept(Ig + "/CodeSystem/organization-hf-care-type", "O")));
        return organization;
    }

    public static string Code(Organization organization) => organization.Identifier.Single(i => i.Type.Coding[0].Code == "Code").Value;

    /// <summary>The id of a live demo location of the level <paramref name="type"/>.</summary>
    public static async Task<string> DemoLocationAsync(FhirClient client, string type) =>
        (await client.SearchAsync<Location>([$"physicalType={LocationResources.TypeSystem}|{type}", "_count=1"]))!.Entry.Single().Resource.Id;

    public static async Task<int> ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }

    // Health facility codes are at most 8 characters and unique among live facilities.
    private static string NewCode() => "F" + Random.Shared.Next(0, 10_000_000).ToString("D7", CultureInfo.InvariantCulture);
}
