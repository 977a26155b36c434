using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Modules.Claim;
using OpenImis.Fhir.Modules.ClaimAdministrator;
using OpenImis.Fhir.Modules.EnrolmentOfficer;
using OpenImis.Fhir.Modules.HealthFacility;
using OpenImis.Fhir.Modules.Insuree;
using OpenImis.Fhir.Modules.Insurer;
using OpenImis.Fhir.Modules.Location;
using OpenImis.Fhir.Modules.Medical;
using OpenImis.Fhir.Modules.Policy;
using OpenImis.Fhir.Modules.PolicyHolder;
using OpenImis.Fhir.Modules.Product;
using OpenImis.Fhir.Modules.Users;

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
        new ProductModule(),
        new ClaimAdministratorModule(),
        new EnrolmentOfficerModule(),
        new InsurerModule(),
        new PolicyHolderModule(),
        new MedicalModule(),
        new PolicyModule(),
        new ClaimModule(),
        new UsersModule(),
    ];
}
