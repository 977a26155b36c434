using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace OpenImis.Fhir.Core.Modularity;

/// <summary>
/// One openIMIS module as the FHIR server sees it: the services it contributes (resource handlers,
/// mappers, search parameters) and the openIMIS tables it maps.
/// </summary>
public interface IFhirModule
{
    /// <summary>The module name; equals its folder name and its configuration key <c>Fhir:Modules:{Name}</c>.</summary>
    string Name { get; }

    /// <summary>Names of the modules this module needs enabled.</summary>
    IReadOnlyList<string> DependsOn { get; }

    /// <summary>Registers the module's services. <paramref name="moduleConfiguration"/> is its <c>Fhir:Modules:{Name}</c> section.</summary>
    void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration);

    /// <summary>Maps this module's openIMIS tables, and only those.</summary>
    void ConfigureModel(ModelBuilder model);
}
