using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.IntegrationTests.Locations;

namespace OpenImis.Fhir.IntegrationTests.HealthFacility;

/// <summary>openIMIS's rules on health facilities: unique live code, a district, no delete while named.</summary>
public sealed class OrganizationRuleTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly FhirClient _client = LocationResources.Client(server);

    private static Task<FhirOperationException> RefusedAsync(Func<System.Threading.Tasks.Task> call) => Assert.ThrowsAsync<FhirOperationException>(call);

    private static string Text(FhirOperationException ex) =>
        string.Join(" ", ex.Outcome?.Issue.Select(i => i.Diagnostics ?? i.Details?.Text) ?? []);

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenCodeIsAnotherLiveFacilitys()
    {
        var district = await HealthFacilityResources.DemoLocationAsync(_client, "D");
        var first = await _client.CreateAsync(HealthFacilityResources.New(district));

        var ex = await RefusedAsync(() => _client.CreateAsync(HealthFacilityResources.New(district, HealthFacilityResources.Code(first!))));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Succeeds_WhenCodeWasADeletedFacilitys()
    {
        var district = await HealthFacilityResources.DemoLocationAsync(_client, "D");
        var first = await _client.CreateAsync(HealthFacilityResources.New(district));
        await _client.DeleteAsync($"Organization/{first!.Id}");

        var second = await _client.CreateAsync(HealthFacilityResources.New(district, HealthFacilityResources.Code(first)));

        Assert.NotEqual(first.Id, second!.Id);
    }

    [Theory]
    [InlineData("R")]
    [InlineData("W")]
    [InlineData("V")]
    public async System.Threading.Tasks.Task Create_Answers422_WhenLocationIsNotADistrict(string type)
    {
        var location = await HealthFacilityResources.DemoLocationAsync(_client, type);

        var ex = await RefusedAsync(() => _client.CreateAsync(HealthFacilityResources.New(location)));

        Assert.Equal((HttpStatusCode.UnprocessableEntity, true), (ex.Status, Text(ex).Contains("not a district", StringComparison.Ordinal)));
    }

    [Fact]
    public async System.Threading.Tasks.Task Create_Answers422_WhenDistrictDoesNotExist()
    {
        var ex = await RefusedAsync(() => _client.CreateAsync(HealthFacilityResources.New(Guid.NewGuid().ToString())));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task Delete_Answers409_WhenALiveInsureeHasTheFacility()
    {
        var created = await _client.CreateAsync(HealthFacilityResources.New(await HealthFacilityResources.DemoLocationAsync(_client, "D")));
        var updated = await HealthFacilityResources.ExecuteAsync(server.ConnectionString,
            $"UPDATE \"tblInsuree\" SET \"HFID\" = (SELECT \"HfID\" FROM \"tblHF\" WHERE \"HfUUID\" = '{created!.Id}' AND \"ValidityTo\" IS NULL) "
            + "WHERE \"InsureeID\" = (SELECT min(\"InsureeID\") FROM \"tblInsuree\" WHERE \"ValidityTo\" IS NULL)");

        var ex = await RefusedAsync(() => _client.DeleteAsync($"Organization/{created.Id}"));

        Assert.Equal((1, HttpStatusCode.Conflict, true), (updated, ex.Status, Text(ex).Contains("insuree", StringComparison.Ordinal)));
    }

    [Fact]
    public async System.Threading.Tasks.Task DeleteDistrict_Answers409NamingTheFacility_WhenDistrictHasALiveFacility()
    {
        var region = await _client.CreateAsync(LocationResources.New("R", null));
        var district = await _client.CreateAsync(LocationResources.New("D", region!.Id));
        var facility = await _client.CreateAsync(HealthFacilityResources.New(district!.Id));

        var ex = await RefusedAsync(() => _client.DeleteAsync($"Location/{district.Id}"));

        Assert.Equal((HttpStatusCode.Conflict, true), (ex.Status, Text(ex).Contains($"Organization/{facility!.Id}", StringComparison.Ordinal)));
    }

    [Fact]
    public async System.Threading.Tasks.Task DeleteDistrict_Succeeds_WhenItsFacilityWasDeleted()
    {
        var region = await _client.CreateAsync(LocationResources.New("R", null));
        var district = await _client.CreateAsync(LocationResources.New("D", region!.Id));
        var facility = await _client.CreateAsync(HealthFacilityResources.New(district!.Id));
        await _client.DeleteAsync($"Organization/{facility!.Id}");

        await _client.DeleteAsync($"Location/{district.Id}");

        var ex = await RefusedAsync(() => _client.ReadAsync<Location>($"Location/{district.Id}"));
        Assert.Equal(HttpStatusCode.Gone, ex.Status);
    }
}
