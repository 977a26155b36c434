using Microsoft.EntityFrameworkCore;
using OpenImis.Fhir.Core.Modularity;

namespace OpenImis.Fhir.Core.Data;

/// <summary>The openIMIS database, assembled from the enabled modules' table mappings.</summary>
public sealed class ImisDbContext(DbContextOptions<ImisDbContext> options) : DbContext(options)
{
    /// <summary>The module set this model was built from; part of the model cache key.</summary>
    public EnabledModules Modules { get; } = options.FindExtension<ImisOptionsExtension>()?.Modules
        ?? throw new InvalidOperationException("ImisDbContext needs UseOpenImis(...) in its options.");

    /// <summary>
    /// Where this scope's writes get the openIMIS user for <c>AuditUserID</c> (set by the host for each scope, see
    /// <see cref="Security.AuditUser"/>); unset stamps 0.
    /// </summary>
    public Func<int>? AuditUserSource { get; set; }

    /// <summary>The openIMIS user this scope's writes are stamped with.</summary>
    public int AuditUserId => AuditUserSource?.Invoke() ?? 0;

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var npgsql = Database.IsNpgsql();
        if (npgsql)
        {
            // openIMIS keys are serial columns with nextval defaults, not identity columns.
            modelBuilder.UseSerialColumns();
        }

        foreach (var module in Modules.Modules)
        {
            module.ConfigureModel(modelBuilder);
        }

        ImisModelConventions.Apply(modelBuilder, npgsql);
    }
}
