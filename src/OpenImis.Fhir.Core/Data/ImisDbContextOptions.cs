using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using System.Text.RegularExpressions;
using Npgsql;
using OpenImis.Fhir.Core.Modularity;

namespace OpenImis.Fhir.Core.Data;

/// <summary>Configures the options of <see cref="ImisDbContext"/> for a provider and a module set.</summary>
public static class ImisDbContextOptions
{
    /// <summary>Sets the provider, the enabled modules and the model cache key.</summary>
    public static DbContextOptionsBuilder UseOpenImis(this DbContextOptionsBuilder options, DatabaseOptions database, EnabledModules modules)
    {
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(WithPreparedStatements(database.ConnectionString));
        }
        else
        {
            options.UseSqlite(database.ConnectionString);
        }

        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new ImisOptionsExtension(modules));
        options.ReplaceService<IModelCacheKeyFactory, ImisModelCacheKeyFactory>();
        return options;
    }

    /// <summary>Sets the provider, the enabled modules and the model cache key.</summary>
    public static DbContextOptionsBuilder<ImisDbContext> UseOpenImis(
        this DbContextOptionsBuilder<ImisDbContext> options, DatabaseOptions database, EnabledModules modules)
    {
        ((DbContextOptionsBuilder)options).UseOpenImis(database, modules);
        return options;
    }

    // A resource read joins a dozen openIMIS tables; planning that join costs more than running it. Automatic
    // preparation lets PostgreSQL keep the plan per connection. An operator's own setting, even 0, wins.
    private static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!Regex.IsMatch(connectionString, @"max\s*auto\s*prepare\s*=", RegexOptions.IgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }

        return builder.ConnectionString;
    }
}
