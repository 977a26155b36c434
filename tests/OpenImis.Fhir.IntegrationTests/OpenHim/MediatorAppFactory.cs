using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace OpenImis.Fhir.IntegrationTests.OpenHim;

/// <summary>
/// The real server (Program) with mediator responses on, over a throw-away SQLite database, so the
/// middleware is checked against the platform's own FHIR endpoints and error handling.
/// </summary>
internal sealed class MediatorAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"openhim-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", $"Data Source={_databasePath}");
        builder.UseSetting("Database:CreateSchema", "true");
        builder.UseSetting("Database:SeedDemoData", "false");
        builder.UseSetting("OpenHim:MediatorResponses", "true");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        File.Delete(_databasePath);
    }
}
