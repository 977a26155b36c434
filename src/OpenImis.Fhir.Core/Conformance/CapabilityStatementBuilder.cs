using System.Reflection;
using Hl7.Fhir.Model;
using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Modularity;
using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>
/// Derives the CapabilityStatement from the registered handlers: never written by hand, so it cannot drift
/// from what the server does.
/// </summary>
public sealed class CapabilityStatementBuilder(
    HandlerRegistry registry,
    EnabledModules modules,
    IServiceScopeFactory scopes,
    ConformanceStore conformance,
    IEnumerable<OperationCapability> operations,
    IEnumerable<SystemOperationCapability>? systemOperations = null,
    IRestSecuritySource? security = null,
    IEnumerable<ICapabilityContributor>? contributors = null)
{
    /// <summary>The extension that lists an enabled module.</summary>
    public const string ModuleExtensionUrl = "https://openimis.github.io/openimis_fhir_r4_ig/StructureDefinition/server-module";

    private readonly Lazy<IReadOnlyList<ResourceCapability>> _resources = new(() => Read(registry, scopes));
    private readonly IReadOnlyList<OperationCapability> _operations = [.. operations];
    private readonly IReadOnlyList<SystemOperationCapability> _systemOperations = [.. systemOperations ?? []];
    private readonly IReadOnlyList<ICapabilityContributor> _contributors = [.. contributors ?? []];

    /// <summary>The capabilities of every served type, read once.</summary>
    public IReadOnlyList<ResourceCapability> Resources => _resources.Value;

    /// <summary>The statement, with <paramref name="baseUrl"/> as the implementation URL.</summary>
    public CapabilityStatement Build(string baseUrl)
    {
        var version = typeof(CapabilityStatementBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var statement = new CapabilityStatement
        {
            Url = $"{baseUrl}/metadata",
            Name = "OpenImisFhir",
            Title = "OpenImis.Fhir server",
            Status = PublicationStatus.Active,
            Date = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            Kind = CapabilityStatementKind.Instance,
            Software = new CapabilityStatement.SoftwareComponent { Name = "OpenImis.Fhir", Version = version.Split('+')[0] },
            Implementation = new CapabilityStatement.ImplementationComponent { Description = "openIMIS FHIR R4 server", Url = baseUrl },
            FhirVersion = FHIRVersion.N4_0_1,
            Format = ["json", "xml"],

            // The guide's own statement lists what an openIMIS server may offer; this one says what this server does.
            Instantiates =
            [
                .. conformance.All<CapabilityStatement>().Select(c => c.Url).OfType<string>(),
                .. _systemOperations.Select(o => o.Instantiates).OfType<string>().Distinct(StringComparer.Ordinal),
            ],
            ImplementationGuide = conformance.All<ImplementationGuide>().Select(g => g.Url).OfType<string>().ToList(),
            Rest = [BuildRest()],
        };
        foreach (var module in modules.Modules)
        {
            statement.Extension.Add(new Extension(ModuleExtensionUrl, new FhirString(module.Name)));
        }

        statement.Rest[0].Security = security?.Build(baseUrl);
        foreach (var contributor in _contributors)
        {
            contributor.Contribute(statement, baseUrl);
        }

        return statement;
    }

    private CapabilityStatement.RestComponent BuildRest() => new()
    {
        Mode = CapabilityStatement.RestfulCapabilityMode.Server,
        Documentation = $"Enabled modules: {string.Join(", ", modules.Modules.Select(m => m.Name))}.",
        Resource = Resources.Select(BuildResource).ToList(),
        Operation = _systemOperations
            .Select(o => new CapabilityStatement.OperationComponent { Name = o.Name, Definition = o.Definition })
            .ToList(),
        Interaction =
        [
            new CapabilityStatement.SystemInteractionComponent
            {
                Code = CapabilityStatement.SystemRestfulInteraction.Transaction,
                Documentation = "One database transaction: all entries or none, in FHIR's order; urn:uuid and conditional references resolved.",
            },
            new CapabilityStatement.SystemInteractionComponent
            {
                Code = CapabilityStatement.SystemRestfulInteraction.Batch,
                Documentation = "Each entry on its own; each failure is reported in its entry.",
            },
        ],
    };

    private CapabilityStatement.ResourceComponent BuildResource(ResourceCapability capability) => new()
    {
        Type = capability.ResourceType,
        // A type fed by several sources has no one base profile: each kind's profile is a supported one.
        Profile = capability.Profiles.Count == 1 ? capability.Profiles[0] : null,
        SupportedProfile = [.. capability.Profiles],
        Interaction = capability.Interactions
            .Select(i => new CapabilityStatement.ResourceInteractionComponent { Code = Hl7.Fhir.Utility.EnumUtility.ParseLiteral<CapabilityStatement.TypeRestfulInteraction>(i) })
            .ToList(),
        Versioning = CapabilityStatement.ResourceVersionPolicy.Versioned,
        ReadHistory = capability.Interactions.Contains("history-instance"),
        UpdateCreate = false,
        ConditionalCreate = capability.Interactions.Contains("create"),
        ConditionalUpdate = capability.Interactions.Contains("update"),
        ConditionalDelete = capability.Interactions.Contains("delete")
            ? CapabilityStatement.ConditionalDeleteStatus.Single
            : CapabilityStatement.ConditionalDeleteStatus.NotSupported,
        // Conformance resources carry a version id but no lastUpdated: If-Modified-Since cannot apply to them.
        ConditionalRead = capability.Interactions.Contains("history-instance")
            ? CapabilityStatement.ConditionalReadStatus.FullSupport
            : CapabilityStatement.ConditionalReadStatus.NotMatch,
        SearchParam = capability.SearchParameters.Select(BuildSearchParameter).ToList(),
        SearchInclude = SearchIncludes.For(capability),
        SearchRevInclude = SearchIncludes.ReverseFor(capability, Resources),
        Operation = _operations
            .Where(o => o.ResourceType is null || o.ResourceType == capability.ResourceType)
            .Select(o => new CapabilityStatement.OperationComponent { Name = o.Name, Definition = o.Definition })
            .ToList(),
    };

    private static CapabilityStatement.SearchParamComponent BuildSearchParameter(ISearchParameter parameter) => new()
    {
        Name = parameter.Name,
        Definition = parameter.Definition,
        Type = parameter.Type,
        Documentation = SearchIncludes.Document(parameter),
    };

    private static IReadOnlyList<ResourceCapability> Read(HandlerRegistry registry, IServiceScopeFactory scopes)
    {
        using var scope = scopes.CreateScope();
        return registry.Registrations
            .Select(r => ResourceCapability.From(r.Module, registry.Resolve(scope.ServiceProvider, r.ResourceType)))
            .ToList();
    }
}
