using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpenImis.Fhir.Core.Modularity;

/// <summary>Base class with no-op defaults, so that a module overrides only what it contributes.</summary>
public abstract class FhirModule : IFhirModule
{
    /// <inheritdoc />
    public abstract string Name { get; }

    /// <inheritdoc />
    public virtual IReadOnlyList<string> DependsOn => [];

    /// <inheritdoc />
    public virtual void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
    }

    /// <inheritdoc />
    public virtual void ConfigureModel(ModelBuilder model)
    {
    }
}
