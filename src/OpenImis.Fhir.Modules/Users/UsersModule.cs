using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Modules.Users.Data;
using OpenImis.Fhir.Modules.Users.Demo;
using OpenImis.Fhir.Modules.Users.Rights;

namespace OpenImis.Fhir.Modules.Users;

/// <summary>
/// openIMIS users and rights (<c>tblUsers</c>, <c>tblUserRole</c>, <c>tblRole</c>, <c>tblRoleRight</c>,
/// <c>tblUsersDistricts</c>, read-only): the token's user becomes the caller's openIMIS user, whose id every write
/// stamps in <c>AuditUserID</c> and whose rights narrow the scopes. Serves no FHIR type.
/// </summary>
internal sealed class UsersModule : FhirModule
{
    public override string Name => "Users";

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        // Built here, so that a bad right id in the configuration stops the start-up.
        var rights = OpenImisRights.From(moduleConfiguration);
        services.AddSingleton(rights);
        services.AddScoped<ICallerEnricher, OpenImisUserEnricher>();
        services.AddScoped<IReferenceDataSeeder, UsersReferenceDataSeeder>();
    }

    public override void ConfigureModel(ModelBuilder model) => UsersTables.Configure(model);
}
