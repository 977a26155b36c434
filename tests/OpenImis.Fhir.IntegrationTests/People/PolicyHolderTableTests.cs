using System.Net;
using Hl7.Fhir.Model;
using Npgsql;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.People;

/// <summary>
/// A database without openIMIS's policy-holder table (an openIMIS without its policyholder module): the server
/// starts, serves no policy holder, and the other Organization sources go on.
/// </summary>
public sealed class PolicyHolderTableTests
{
    private const string InsurerId = "6a2f4c1e-8b3d-4e5f-9a0b-1c2d3e4f5a6b";
    private const string PolicyHolderId = "4c87928a-cf9c-4f4b-aeeb-61041c84547f";

    [Fact]
    public async System.Threading.Tasks.Task Organization_ServesNoPolicyHolder_WhenTableIsAbsent()
    {
        var connectionString = await TestPostgres.CreateDatabaseAsync();
        try
        {
            // The first server makes and seeds the tables; the second starts on the database less tblPolicyHolder.
            var settings = new Dictionary<string, string?> { ["Database:SeedDemoData"] = "true" };
            await using (var first = new FhirServerFactory(connectionString, settings))
            {
                _ = first.Server;
            }

            await using (var connection = new NpgsqlConnection(connectionString))
            {
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand("DROP TABLE \"tblPolicyHolder\"", connection);
                await drop.ExecuteNonQueryAsync();
            }

            await using var second = new FhirServerFactory(connectionString, settings);
            using var client = second.CreateClient();

            var holders = await FhirHttp.ReadAsync<Bundle>(await client.GetAsync("/fhir/Organization?type=bus"));
            var all = await FhirHttp.ReadAsync<Bundle>(await client.GetAsync("/fhir/Organization"));
            var read = await client.GetAsync($"/fhir/Organization/{PolicyHolderId}");

            Assert.Empty(holders.Entry);
            // Health facilities (type prov) are Organizations too; the rest is the insurer alone.
            Assert.Equal([InsurerId], all.Entry.Select(e => (Organization)e.Resource).Where(o => !o.Type.Any(t => t.Coding.Any(c => c.Code == "prov"))).Select(o => o.Id));
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        }
        finally
        {
            await TestPostgres.DropDatabaseAsync(connectionString);
        }
    }

    [Fact]
    public async System.Threading.Tasks.Task Startup_Fails_WhenInsurerIdIsNoUuid()
    {
        var settings = new Dictionary<string, string?> { ["Fhir:Modules:Insurer:Id"] = "openIMIS-Implementation" };
        await using var factory = new FhirServerFactory("Host=127.0.0.1;Port=1;Database=unused", settings);

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("Fhir:Modules:Insurer", error.ToString(), StringComparison.Ordinal);
    }
}
