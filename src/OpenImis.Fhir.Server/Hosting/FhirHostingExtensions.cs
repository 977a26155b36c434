using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Data;
using OpenImis.Fhir.Core.Formatting;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Rest.Interactions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Core.Terminology;
using OpenImis.Fhir.Core.Validation;
using OpenImis.Fhir.Server.Endpoints;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>Composes the server from the module catalog and the configuration.</summary>
internal static class FhirHostingExtensions
{
    public static WebApplicationBuilder AddOpenImisFhir(this WebApplicationBuilder builder, IReadOnlyList<IFhirModule> catalog)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var modules = ModuleLoader.Load(catalog, configuration);
        services.AddSingleton(modules);

        services.AddOptions<FhirServerOptions>().Bind(configuration.GetSection(FhirServerOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SearchOptions>().Bind(configuration.GetSection("Fhir:Search"))
            .Validate(o => o.DefaultCount > 0 && o.MaxCount >= o.DefaultCount, "Fhir:Search needs 0 < DefaultCount <= MaxCount.")
            .Validate(o => o.MaxValuesPerParameter > 0 && o.MaxCriteria > 0, "Fhir:Search needs MaxValuesPerParameter > 0 and MaxCriteria > 0.")
            .Validate(o => o.MaxIncludes >= 0 && o.MaxIncludeIterations >= 0 && o.MaxChainIds > 0,
                "Fhir:Search needs MaxIncludes >= 0, MaxIncludeIterations >= 0 and MaxChainIds > 0.")
            .ValidateOnStart();
        var contentRoot = builder.Environment.ContentRootPath;
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName))
            .PostConfigure(database => database.ConnectionString = SqliteFiles.Anchor(database, contentRoot))
            .ValidateDataAnnotations().ValidateOnStart();

        services.AddOptions<FormLimitOptions>().Bind(configuration.GetSection(FormLimitOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ValidationOptions>().Bind(configuration.GetSection(ValidationOptions.SectionName)).ValidateOnStart();

        // Pooled: a read is short, and creating a context per request showed in the profile. Modules add interceptors
        // as IInterceptor services (the Location module's cache hears of committed location writes that way).
        var preparedStatementGuard = new PreparedStatementGuard();
        // The pool is behind a factory so that each scope's context is told where its writes' AuditUserID comes from
        // (EF Core's pattern for per-scope state in pooled contexts).
        services.AddPooledDbContextFactory<ImisDbContext>((provider, options) =>
            options.UseOpenImis(provider.GetRequiredService<IOptions<DatabaseOptions>>().Value, modules)
                .AddInterceptors([preparedStatementGuard, .. provider.GetServices<IInterceptor>()]));
        services.AddScoped(provider =>
        {
            var db = provider.GetRequiredService<IDbContextFactory<ImisDbContext>>().CreateDbContext();
            var audit = provider.GetRequiredService<Core.Security.AuditUser>();
            db.AuditUserSource = () => audit.Id;
            return db;
        });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<FhirSerialization>();
        services.AddSingleton<CapabilityStatementBuilder>();
        services.AddFhirEngine();
        services.AddFhirEndpoints();

        // The platform's own: the guide and the ConceptMaps are served whichever modules are on.
        services.AddConceptMapStore(Path.Combine(AppContext.BaseDirectory, "mappings", "conceptmaps"));
        services.AddConformance(Path.Combine(AppContext.BaseDirectory, "profiles"), ProfileValidator.DefaultSpecificationZip);
        services.AddSingleton<ConformanceStartup>();
        services.AddHostedService(provider => provider.GetRequiredService<ConformanceStartup>());

        // After the conformance start-up, which starts the validator's warm-up, so that it runs beside this one.
        services.AddHostedService<DatabaseStartup>();
        services.AddFhirHealthChecks();
        foreach (var operation in FhirOperations.All)
        {
            services.AddSingleton(operation);
        }

        foreach (var module in modules.Modules)
        {
            module.ConfigureServices(services, configuration.GetSection($"{ModuleLoader.SectionName}:{module.Name}"));
        }

        // Built here rather than on first use, so that a type claimed twice stops the start-up.
        var registry = new HandlerRegistry(services
            .Where(d => d.ServiceType == typeof(HandlerRegistration))
            .Select(d => (HandlerRegistration)d.ImplementationInstance!));
        services.AddSingleton(registry);
        return builder;
    }
}
