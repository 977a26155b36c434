using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.HealthFacility;
using OpenImis.Fhir.Modules.Insuree;
using OpenImis.Fhir.Modules.Location;

namespace OpenImis.Fhir.Modules;

/// <summary>Every module the server knows, listed explicitly: no assembly scanning.</summary>
public static class ModuleCatalog
{
    /// <summary>The modules, in dependency order.</summary>
    public static IReadOnlyList<IFhirModule> All { get; } =
    [
        new LocationModule(),
        new HealthFacilityModule(),
        new InsureeModule(),
    ];
}
