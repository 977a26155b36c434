using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Modularity;

namespace OpenImis.Fhir.Core.Data;

/// <summary>
/// Carries the enabled modules inside the context options, so that <see cref="ImisDbContext"/> keeps the single
/// options constructor that DbContext pooling needs.
/// </summary>
public sealed class ImisOptionsExtension(EnabledModules modules) : IDbContextOptionsExtension
{
    private DbContextOptionsExtensionInfo? _info;

    /// <summary>The modules whose tables the model maps.</summary>
    public EnabledModules Modules { get; } = modules;

    /// <inheritdoc />
    public DbContextOptionsExtensionInfo Info => _info ??= new ExtensionInfo(this);

    /// <inheritdoc />
    public void ApplyServices(IServiceCollection services)
    {
    }

    /// <inheritdoc />
    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(ImisOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        private ImisOptionsExtension Imis => (ImisOptionsExtension)Extension;

        public override bool IsDatabaseProvider => false;

        public override string LogFragment => $"Modules={Imis.Modules.Key} ";

        public override int GetServiceProviderHashCode() => Imis.Modules.Key.GetHashCode(StringComparison.Ordinal);

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) =>
            other is ExtensionInfo info && info.Imis.Modules.Key == Imis.Modules.Key;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) =>
            debugInfo["OpenImis:Modules"] = Imis.Modules.Key;
    }
}
