using Microsoft.EntityFrameworkCore;
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
}
