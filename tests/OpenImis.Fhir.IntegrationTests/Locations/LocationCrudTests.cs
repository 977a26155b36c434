using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Locations;

/// <summary>The CRUD story of a Location, driven with the Firely client over the demo database.</summary>
public sealed class LocationCrudTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly FhirClient _client = LocationResources.Client(server);

    [Fact]
    public async System.Threading.Tasks.Task Create_StoresEachLevelUnderItsParent_WhenBranchIsValid()
    {
        var branch = await LocationResources.BranchAsync(_client);

        var village = await _client.ReadAsync<Location>($"Location/{branch[3].Id}");

        Assert.Equal(("V", $"Location/{branch[2].Id}", "Branch V"), (village!.PhysicalType.Coding[0].Code, village.PartOf.Reference, village.Name));
        Assert.Equal([LocationResources.Profile], village.Meta.Profile);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_WritesTheRow_WhenRegionIsValid()
    {
        var region = await _client.CreateAsync(LocationResources.New("R", null));

        var rows = await TestPostgres.CountAsync(server.ConnectionString,
            $"SELECT count(*) FROM \"tblLocations\" WHERE \"LocationUUID\" = '{region!.Id}' AND \"LocationType\" = 'R' AND \"LocationCode\" = '{LocationResources.Code(region)}' AND \"ParentLocationId\" IS NULL AND \"ValidityTo\" IS NULL");
        Assert.Equal(1, rows);
    }

    [Fact]
    public async System.Threading.Tasks.Task Created_ValidatesWithZeroErrors_WhenReadBack()
    {
        var branch = await LocationResources.BranchAsync(_client, "Valid");

        var errors = branch.SelectMany(l => SharedConformance.Validator.Validate(l, LocationResources.Profile).Issue)
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => i.Details?.Text);
        Assert.Empty(errors);
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_KeepsOldVersionReadable_WhenNameChanges()
    {
        var created = await _client.CreateAsync(LocationResources.New("R", null, "Before"));
        created!.Name = "After";

        var updated = await _client.UpdateAsync(created);
        var old = await _client.ReadAsync<Location>($"Location/{created.Id}/_history/{created.Meta.VersionId}");
        var history = await _client.HistoryAsync($"Location/{created.Id}");

        Assert.Equal(("After", "Before", 2), (updated!.Name, old!.Name, history!.Entry.Count));
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_MovesVillage_WhenNewParentIsAWard()
    {
        var first = await LocationResources.BranchAsync(_client, "Move");
        var otherWard = await _client.CreateAsync(LocationResources.New("W", first[1].Id));
        var village = first[3];
        village.PartOf = new ResourceReference($"Location/{otherWard!.Id}");

        var moved = await _client.UpdateAsync(village);

        Assert.Equal($"Location/{otherWard.Id}", moved!.PartOf.Reference);
    }

    [Fact]
    public async System.Threading.Tasks.Task Delete_MakesReadAnswer410_WhenLocationHasNoUsers()
    {
        var branch = await LocationResources.BranchAsync(_client, "Gone");

        await _client.DeleteAsync($"Location/{branch[3].Id}");

        var ex = await Assert.ThrowsAsync<FhirOperationException>(() => _client.ReadAsync<Location>($"Location/{branch[3].Id}"));
        Assert.Equal(HttpStatusCode.Gone, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Search_FindsCreatedLocation_WhenSearchedByCode()
    {
        var region = await _client.CreateAsync(LocationResources.New("R", null));

        var bundle = await _client.SearchAsync<Location>([$"identifier=Code|{LocationResources.Code(region!)}"]);

        Assert.Equal([region.Id], bundle!.Entry.Select(e => e.Resource.Id));
    }
}
