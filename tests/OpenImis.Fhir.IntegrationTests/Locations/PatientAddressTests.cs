using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Locations;

/// <summary>The village a Patient's address refers to is a Location the server serves, and changes to it show at once.</summary>
public sealed class PatientAddressTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly FhirClient _client = LocationResources.Client(server);

    private async Task<(Patient Patient, Address Address, string VillageId)> DemoPatientAsync()
    {
        var patient = (await _client.SearchAsync<Patient>(["_count=1"]))!.Entry.Select(e => (Patient)e.Resource).Single();
        var address = patient.Address[0];
        var reference = ((ResourceReference)address.GetExtension(LocationResources.LocationReference).Value).Reference;
        return (patient, address, reference["Location/".Length..]);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_AnswersTheVillage_WhenFollowingAPatientsAddress()
    {
        var (_, address, villageId) = await DemoPatientAsync();

        var village = await _client.ReadAsync<Location>($"Location/{villageId}");

        Assert.Equal(("V", address.City), (village!.PhysicalType.Coding[0].Code, village.Name));
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_WalksUpToTheAddressDistrictAndRegion_WhenFollowingPartOf()
    {
        var (_, address, villageId) = await DemoPatientAsync();

        var village = await _client.ReadAsync<Location>($"Location/{villageId}");
        var ward = await _client.ReadAsync<Location>(village!.PartOf.Reference);
        var district = await _client.ReadAsync<Location>(ward!.PartOf.Reference);
        var region = await _client.ReadAsync<Location>(district!.PartOf.Reference);

        Assert.Equal((address.District, address.State, "R"), (district.Name, region!.Name, region.PhysicalType.Coding[0].Code));
    }

    [Fact]
    public async System.Threading.Tasks.Task PatientRead_ShowsTheNewVillageName_RightAfterTheLocationUpdate()
    {
        var (patient, _, villageId) = await DemoPatientAsync();
        var village = await _client.ReadAsync<Location>($"Location/{villageId}");
        village!.Name = $"Renamed {Guid.NewGuid():N}"[..20];

        await _client.UpdateAsync(village);
        var reread = await _client.ReadAsync<Patient>($"Patient/{patient.Id}");

        Assert.Equal(village.Name, reread!.Address[0].City);
    }
}
