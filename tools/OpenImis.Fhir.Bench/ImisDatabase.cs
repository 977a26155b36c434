using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules;

namespace OpenImis.Fhir.Bench;

/// <summary>The openIMIS model of every module in the catalog, over the given database.</summary>
internal static class ImisDatabase
{
    public static ImisDbContext Open(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<ImisDbContext>()
            .UseOpenImis(new DatabaseOptions { Provider = provider, ConnectionString = connectionString }, new EnabledModules(ModuleCatalog.All));
        return new ImisDbContext(options.Options);
    }

    /// <summary>Creates the database and the openIMIS tables when there are none; returns whether it did.</summary>
    public static async Task<bool> EnsureTablesAsync(ImisDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken))
        {
            await creator.CreateAsync(cancellationToken);
        }

        if (await creator.HasTablesAsync(cancellationToken))
        {
            return false;
        }

        await creator.CreateTablesAsync(cancellationToken);
        return true;
    }
}
