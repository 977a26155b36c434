using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Modularity;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// Finds the handler of a resource type. It lives in Core so that the REST endpoints, batch bundles, bulk export
/// and subscriptions all reach handlers the same way, with or without HTTP.
/// </summary>
public sealed class HandlerRegistry
{
    private readonly Dictionary<string, HandlerRegistration> _byType;

    /// <summary>Builds the registry; a type claimed twice fails, naming both modules.</summary>
    public HandlerRegistry(IEnumerable<HandlerRegistration> registrations)
    {
        _byType = new Dictionary<string, HandlerRegistration>(StringComparer.Ordinal);
        foreach (var registration in registrations)
        {
            if (_byType.TryGetValue(registration.ResourceType, out var existing))
            {
                throw new ModuleConfigurationException(
                    $"Resource type '{registration.ResourceType}' is claimed by two handlers: {existing.HandlerType.Name} (module '{existing.Module}') and {registration.HandlerType.Name} (module '{registration.Module}').");
            }

            _byType.Add(registration.ResourceType, registration);
        }
    }

    /// <summary>The resource types served, in name order.</summary>
    public IReadOnlyList<HandlerRegistration> Registrations => _byType.Values.OrderBy(r => r.ResourceType, StringComparer.Ordinal).ToList();

    /// <summary>Whether a handler serves the type.</summary>
    public bool Serves(string resourceType) => _byType.ContainsKey(resourceType);

    /// <summary>The handler for the type and interaction; 404 for an unserved type, 405 for an unsupported interaction.</summary>
    public T Resolve<T>(IServiceProvider services, string resourceType)
        where T : class, IResourceHandler
    {
        var handler = Resolve(services, resourceType);
        return handler as T ?? throw FhirException.NotSupported(
            $"The {InteractionName(typeof(T))} interaction is not supported for {resourceType}.");
    }

    /// <summary>The handler for the type; 404 for an unserved type.</summary>
    public IResourceHandler Resolve(IServiceProvider services, string resourceType) =>
        _byType.TryGetValue(resourceType, out var registration)
            ? (IResourceHandler)services.GetRequiredService(registration.HandlerType)
            : throw FhirException.NotFound($"Resource type '{resourceType}' is not served here.");

    private static string InteractionName(Type interaction) =>
        interaction.Name.Replace("Handler", string.Empty, StringComparison.Ordinal).TrimStart('I').ToLowerInvariant();
}
