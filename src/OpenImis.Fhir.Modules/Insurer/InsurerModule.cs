using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Modularity;

namespace OpenImis.Fhir.Modules.Insurer;

/// <summary>
/// The scheme's insurer as Organization type <c>ins</c>, described by configuration (Fhir:Modules:Insurer): openIMIS
/// has no table for it. A bad or missing description stops the start-up.
/// </summary>
internal sealed class InsurerModule : FhirModule
{
    public override string Name => "Insurer";

    public override void ConfigureServices(IServiceCollection services, IConfiguration moduleConfiguration)
    {
        var options = moduleConfiguration.Get<InsurerOptions>() ?? new InsurerOptions();
        if (options.Problems() is { Count: > 0 } problems)
        {
            throw new ModuleConfigurationException(
                $"Fhir:Modules:{Name} does not describe the insurer: {string.Join("; ", problems)}.");
        }

        services.AddSingleton(sp => new InsurerDescription(options, (sp.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().UtcDateTime));
        services.AddResourceSource<InsurerSource>(this);
    }
}
