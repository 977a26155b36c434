using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Locations;

/// <summary>The tree's rules: levels, unique codes, and no delete of a location still in use.</summary>
public sealed class LocationRuleTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly FhirClient _client = LocationResources.Client(server);

    private static async Task<FhirOperationException> RefusedAsync(Func<System.Threading.Tasks.Task> write) =>
        await Assert.ThrowsAsync<FhirOperationException>(write);

    private static string Text(FhirOperationException ex) => string.Join(" ", ex.Outcome.Issue.Select(i => i.Diagnostics ?? i.Details?.Text));

    [Theory]
    [InlineData("D")]
    [InlineData("W")]
    [InlineData("V")]
    public async System.Threading.Tasks.Task Create_Answers422_WhenLevelHasNoParent(string type)
    {
        var ex = await RefusedAsync(() => _client.CreateAsync(LocationResources.New(type, null)));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, true), (ex.Status, Text(ex).Contains("Location.partOf", StringComparison.Ordinal)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenVillageIsUnderADistrict()
    {
        var branch = await LocationResources.BranchAsync(_client);

        var ex = await RefusedAsync(() => _client.CreateAsync(LocationResources.New("V", branch[1].Id)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenRegionHasAParent()
    {
        var region = await _client.CreateAsync(LocationResources.New("R", null));

        var ex = await RefusedAsync(() => _client.CreateAsync(LocationResources.New("R", region!.Id)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenParentDoesNotExist()
    {
        var ex = await RefusedAsync(() => _client.CreateAsync(LocationResources.New("D", Guid.NewGuid().ToString())));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenParentWasDeleted()
    {
        var region = await _client.CreateAsync(LocationResources.New("R", null));
        await _client.DeleteAsync($"Location/{region!.Id}");

        var ex = await RefusedAsync(() => _client.CreateAsync(LocationResources.New("D", region.Id)));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenCodeIsAnotherLiveLocations()
    {
        var region = await _client.CreateAsync(LocationResources.New("R", null));
        var twin = LocationResources.New("R", null);
        twin.Identifier[0].Value = LocationResources.Code(region!);

        var ex = await RefusedAsync(() => _client.CreateAsync(twin));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_KeepsCodeUnique_WhenTwoClientsRaceForIt()
    {
        var code = LocationResources.Code(LocationResources.New("R", null));
        using var http = server.CreateClient();

        var responses = await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
        {
            var region = LocationResources.New("R", null);
            region.Identifier[0].Value = code;
            return http.PostAsync("/fhir/Location", FhirHttp.Body(region));
        }));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(1, await TestPostgres.CountAsync(server.ConnectionString,
            $"SELECT count(*) FROM \"tblLocations\" WHERE \"LocationCode\" = '{code}' AND \"ValidityTo\" IS NULL"));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_TakesCodeAgain_WhenItsLocationWasDeleted()
    {
        var region = await _client.CreateAsync(LocationResources.New("R", null));
        await _client.DeleteAsync($"Location/{region!.Id}");
        var again = LocationResources.New("R", null);
        again.Identifier[0].Value = LocationResources.Code(region);

        var created = await _client.CreateAsync(again);

        Assert.NotEqual(region.Id, created!.Id);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenCodeIsLongerThanTheColumn()
    {
        var region = LocationResources.New("R", null);
        region.Identifier[0].Value = "ABCDEFGHI";

        var ex = await RefusedAsync(() => _client.CreateAsync(region));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_Answers422_WhenLevelChangesUnderChildren()
    {
        var branch = await LocationResources.BranchAsync(_client);
        var ward = branch[2];
        ward.PhysicalType = new CodeableConcept(LocationResources.TypeSystem, "V");

        var ex = await RefusedAsync(() => _client.UpdateAsync(ward));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, true), (ex.Status, Text(ex).Contains($"Location/{branch[3].Id}", StringComparison.Ordinal)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Delete_Answers409NamingTheChild_WhenLocationHasALiveChild()
    {
        var branch = await LocationResources.BranchAsync(_client);

        var ex = await RefusedAsync(() => _client.DeleteAsync($"Location/{branch[2].Id}"));

        Assert.Equal((HttpStatusCode.Conflict, true), (ex.Status, Text(ex).Contains($"Location/{branch[3].Id}", StringComparison.Ordinal)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Delete_Succeeds_WhenTheOnlyChildWasDeleted()
    {
        var branch = await LocationResources.BranchAsync(_client);
        await _client.DeleteAsync($"Location/{branch[3].Id}");

        await _client.DeleteAsync($"Location/{branch[2].Id}");

        var ex = await RefusedAsync(() => _client.ReadAsync<Location>($"Location/{branch[2].Id}"));
        Assert.Equal(HttpStatusCode.Gone, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Delete_Answers409NamingTheFamily_WhenVillageHasALiveFamily()
    {
        var group = (await _client.SearchAsync<Group>(["_count=1"]))!.Entry.Select(e => (Group)e.Resource).Single();
        var address = (Address)group.GetExtension("https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/group-address").Value;
        var village = ((ResourceReference)address.GetExtension(LocationResources.LocationReference).Value).Reference;

        var ex = await RefusedAsync(() => _client.DeleteAsync(village));

        // The message names at most ten users; the village may hold more families than that.
        Assert.Equal((HttpStatusCode.Conflict, true), (ex.Status, Text(ex).Contains("Group/", StringComparison.Ordinal)));
    }
}
