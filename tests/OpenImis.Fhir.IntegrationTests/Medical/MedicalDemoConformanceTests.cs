using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Medical;

/// <summary>Every demo item and service the server serves validates against its profile with zero errors.</summary>
public sealed class MedicalDemoConformanceTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private readonly FhirClient _client = MedicalResources.Client(server);

    [Fact]
    public async System.Threading.Tasks.Task EveryDemoMedication_ValidatesWithZeroErrors_WhenServed()
    {
        var served = await AllAsync<Medication>();

        var expected = await TestPostgres.CountAsync(server.ConnectionString, "SELECT count(*) FROM \"tblItems\" WHERE \"ValidityTo\" IS NULL");
        Assert.True(served.Count > 0 && served.Count == expected, $"{served.Count} Medication served for {expected} live items.");
        Assert.Empty(served.SelectMany(m => MedicalConformance.Errors(m, MedicalResources.MedicationProfile)));
    }

    [Fact]
    public async System.Threading.Tasks.Task EveryDemoActivityDefinition_ValidatesWithZeroErrors_WhenServed()
    {
        var served = await AllAsync<ActivityDefinition>();

        var expected = await TestPostgres.CountAsync(server.ConnectionString, "SELECT count(*) FROM \"tblServices\" WHERE \"ValidityTo\" IS NULL");
        Assert.True(served.Count > 0 && served.Count == expected, $"{served.Count} ActivityDefinition served for {expected} live services.");
        Assert.Empty(served.SelectMany(a => MedicalConformance.Errors(a, MedicalResources.ActivityDefinitionProfile)));
    }

    private async Task<List<T>> AllAsync<T>()
        where T : Resource, new()
    {
        var all = new List<T>();
        var bundle = await _client.SearchAsync<T>(pageSize: 200);
        while (bundle is not null)
        {
            all.AddRange(bundle.Entry.Select(e => e.Resource).OfType<T>());
            bundle = await _client.ContinueAsync(bundle);
        }

        return all;
    }
}
