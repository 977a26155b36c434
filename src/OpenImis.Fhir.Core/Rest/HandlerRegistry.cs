using Microsoft.Extensions.DependencyInjection;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Modularity;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// Finds the handler of a resource type. It lives in Core so that the REST endpoints, batch bundles, bulk export
/// and subscriptions all reach handlers the same way, with or without HTTP. A type is owned by one plain handler,
/// or fed by several sources that a <see cref="CompositeResourceHandler"/> puts together.
/// </summary>
public sealed class HandlerRegistry
{
    private readonly Dictionary<string, List<HandlerRegistration>> _byType;

    /// <summary>Builds the registry; a type claimed twice by plain handlers, or by a plain handler and a source, fails, naming both modules.</summary>
    public HandlerRegistry(IEnumerable<HandlerRegistration> registrations)
    {
        _byType = new Dictionary<string, List<HandlerRegistration>>(StringComparer.Ordinal);
        foreach (var registration in registrations)
        {
            if (!_byType.TryGetValue(registration.ResourceType, out var claims))
            {
                _byType.Add(registration.ResourceType, [registration]);
                continue;
            }

            if (!registration.IsSource || claims.Any(c => !c.IsSource))
            {
                var existing = claims[0];
                throw new ModuleConfigurationException(
                    $"Resource type '{registration.ResourceType}' is claimed by two handlers: {existing.HandlerType.Name} (module '{existing.Module}') and {registration.HandlerType.Name} (module '{registration.Module}'). "
                    + "Types fed by several modules register sources (AddResourceSource).");
            }

            if (claims.Any(c => c.HandlerType == registration.HandlerType))
            {
                throw new ModuleConfigurationException(
                    $"{registration.HandlerType.Name} is registered twice as a source of '{registration.ResourceType}'.");
            }

            claims.Add(registration);
        }
    }

    /// <summary>The resource types served, in name order, one registration each (the module names of all sources joined).</summary>
    public IReadOnlyList<HandlerRegistration> Registrations => _byType.Values
        .Select(claims => claims.Count == 1
            ? claims[0]
            : claims[0] with { Module = string.Join(", ", claims.Select(c => c.Module).Distinct(StringComparer.Ordinal)), HandlerType = typeof(CompositeResourceHandler) })
        .OrderBy(r => r.ResourceType, StringComparer.Ordinal)
        .ToList();

    /// <summary>Whether a handler serves the type.</summary>
    public bool Serves(string resourceType) => _byType.ContainsKey(resourceType);

    /// <summary>The handler for the type and interaction; 404 for an unserved type, 405 for an unsupported interaction.</summary>
    public T Resolve<T>(IServiceProvider services, string resourceType)
        where T : class, IResourceHandler
    {
        var handler = Resolve(services, resourceType);
        return handler is T typed && handler.Supports(typeof(T))
            ? typed
            : throw FhirException.NotSupported($"The {InteractionName(typeof(T))} interaction is not supported for {resourceType}.");
    }

    /// <summary>The handler for the type; 404 for an unserved type.</summary>
    public IResourceHandler Resolve(IServiceProvider services, string resourceType)
    {
        if (!_byType.TryGetValue(resourceType, out var claims))
        {
            throw FhirException.NotFound($"Resource type '{resourceType}' is not served here.");
        }

        if (claims.Count == 1 && !claims[0].IsSource)
        {
            return (IResourceHandler)services.GetRequiredService(claims[0].HandlerType);
        }

        var sources = claims.Select(c => (IResourceSource)services.GetRequiredService(c.HandlerType)).ToList();
        return sources.Count == 1 ? sources[0] : new CompositeResourceHandler(resourceType, sources);
    }

    internal static string InteractionName(Type interaction) =>
        interaction.Name.Replace("Handler", string.Empty, StringComparison.Ordinal).TrimStart('I').ToLowerInvariant();
}
