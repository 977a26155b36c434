using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>Creates the openIMIS tables in an empty database and seeds the demo data when asked to.</summary>
internal static class DatabaseStartup
{
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        if (!options.CreateSchema)
        {
            return;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ImisDbContext>();
        var created = await SchemaInitializer.EnsureTablesAsync(db, app.Logger, app.Lifetime.ApplicationStopping);
        if (!created || !options.SeedDemoData)
        {
            return;
        }

        var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        foreach (var seeder in scope.ServiceProvider.GetServices<IDemoDataSeeder>().OrderBy(s => s.Order))
        {
            await seeder.SeedAsync(db, today, app.Lifetime.ApplicationStopping);
        }

        app.Logger.LogInformation("Seeded the demo dataset");
    }
}
