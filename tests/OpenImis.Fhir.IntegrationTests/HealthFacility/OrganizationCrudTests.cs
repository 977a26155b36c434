using System.Net;
using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;
using OpenImis.Fhir.IntegrationTests.Locations;

namespace OpenImis.Fhir.IntegrationTests.HealthFacility;

/// <summary>The CRUD story of a health facility Organization, driven with the Firely client over the demo database.</summary>
public sealed class OrganizationCrudTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly FhirClient _client = LocationResources.Client(server);

    private async Task<Organization> CreateAsync(string name = "Test Dispensary") =>
        (await _client.CreateAsync(HealthFacilityResources.New(await HealthFacilityResources.DemoLocationAsync(_client, "D"), name: name)))!;

    [Fact]
    public async System.Threading.Tasks.Task Create_WritesTheRow_WhenOrganizationIsValid()
    {
        var created = await CreateAsync();

        var rows = await TestPostgres.CountAsync(server.ConnectionString,
            $"SELECT count(*) FROM \"tblHF\" WHERE \"HfUUID\" = '{created.Id}' AND \"HFCode\" = '{HealthFacilityResources.Code(created)}' AND \"HFLevel\" = 'D' AND \"LegalForm\" = 'G' AND \"HFCareType\" = 'O' AND \"ValidityTo\" IS NULL");
        Assert.Equal(1, rows);
    }

    [Fact]
    public async System.Threading.Tasks.Task Read_ReturnsWhatWasCreated_WithZeroValidationErrors()
    {
        var district = await HealthFacilityResources.DemoLocationAsync(_client, "D");
        var created = await _client.CreateAsync(HealthFacilityResources.New(district, name: "Readback Dispensary"));

        var read = await _client.ReadAsync<Organization>($"Organization/{created!.Id}");

        var errors = SharedConformance.Validator.Validate(read!, HealthFacilityResources.Profile).Issue
            .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal)
            .Select(i => i.Details?.Text);
        var reference = ((ResourceReference)read!.Address.Single().GetExtension(LocationResources.LocationReference).Value).Reference;
        Assert.Equal(("Readback Dispensary", $"Location/{district}", HealthFacilityResources.Profile), (read.Name, reference, read.Meta.Profile.Single()));
        Assert.Empty(errors);
    }

    [Fact]
    public async System.Threading.Tasks.Task Update_KeepsOldVersionReadable_WhenNameChanges()
    {
        var created = await CreateAsync("Before");
        created.Name = "After";

        var updated = await _client.UpdateAsync(created);
        var old = await _client.ReadAsync<Organization>($"Organization/{created.Id}/_history/{created.Meta.VersionId}");
        var history = await _client.HistoryAsync($"Organization/{created.Id}");

        Assert.Equal(("After", "Before", 2), (updated!.Name, old!.Name, history!.Entry.Count));
    }

    [Fact]
    public async System.Threading.Tasks.Task Delete_MakesReadAnswer410_WhenNothingNamesTheFacility()
    {
        var created = await CreateAsync();

        await _client.DeleteAsync($"Organization/{created.Id}");

        var ex = await Assert.ThrowsAsync<FhirOperationException>(() => _client.ReadAsync<Organization>($"Organization/{created.Id}"));
        Assert.Equal(HttpStatusCode.Gone, ex.Status);
    }

    [Fact]
    public async System.Threading.Tasks.Task ReadAsLocation_ReturnsTheSiteManagedByTheOrganization_WhenIdIsAFacility()
    {
        var district = await HealthFacilityResources.DemoLocationAsync(_client, "D");
        var created = await _client.CreateAsync(HealthFacilityResources.New(district, name: "Site Dispensary"));

        var site = await _client.ReadAsync<Location>($"Location/{created!.Id}");

        Assert.Equal(
            ("si", $"Organization/{created.Id}", $"Location/{district}", "Site Dispensary", HealthFacilityResources.SiteProfile),
            (site!.PhysicalType.Coding[0].Code, site.ManagingOrganization.Reference, site.PartOf.Reference, site.Name, site.Meta.Profile.Single()));
    }

    [Fact]
    public async System.Threading.Tasks.Task UpdateAsLocation_Answers405_WhenIdIsAFacility()
    {
        var created = await CreateAsync();
        var site = await _client.ReadAsync<Location>($"Location/{created.Id}");

        var ex = await Assert.ThrowsAsync<FhirOperationException>(() => _client.UpdateAsync(site!));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, ex.Status);
    }
}
