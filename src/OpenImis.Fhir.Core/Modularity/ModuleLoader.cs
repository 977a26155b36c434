using Microsoft.Extensions.Configuration;

namespace OpenImis.Fhir.Core.Modularity;

/// <summary>
/// Decides which modules of the catalog are enabled from <c>Fhir:Modules:{Name}:Enabled</c> (default: enabled)
/// and fails fast, naming the culprit, on an unknown module name or a missing dependency.
/// </summary>
public static class ModuleLoader
{
    /// <summary>The configuration section that holds one sub-section per module.</summary>
    public const string SectionName = "Fhir:Modules";

    /// <summary>Returns the enabled modules or throws <see cref="ModuleConfigurationException"/>.</summary>
    public static EnabledModules Load(IReadOnlyList<IFhirModule> catalog, IConfiguration configuration)
    {
        var known = catalog.ToDictionary(m => m.Name, StringComparer.OrdinalIgnoreCase);
        var section = configuration.GetSection(SectionName);
        foreach (var child in section.GetChildren())
        {
            if (!known.ContainsKey(child.Key))
            {
                throw new ModuleConfigurationException(
                    $"Unknown module '{child.Key}' in configuration '{SectionName}'. Known modules: {string.Join(", ", known.Keys)}.");
            }
        }

        var enabled = catalog.Where(m => IsEnabled(section.GetSection(m.Name), m.Name)).ToList();
        foreach (var module in enabled)
        {
            foreach (var dependency in module.DependsOn)
            {
                if (!known.ContainsKey(dependency))
                {
                    throw new ModuleConfigurationException(
                        $"Module '{module.Name}' depends on '{dependency}', which is not in the module catalog.");
                }

                if (!enabled.Any(m => string.Equals(m.Name, dependency, StringComparison.OrdinalIgnoreCase)))
                {
                    throw new ModuleConfigurationException(
                        $"Module '{module.Name}' is enabled but depends on module '{dependency}', which is disabled. Enable '{dependency}' or disable '{module.Name}'.");
                }
            }
        }

        return new EnabledModules(enabled);
    }

    private static bool IsEnabled(IConfigurationSection moduleSection, string name)
    {
        var raw = moduleSection["Enabled"];
        if (raw is null)
        {
            return true;
        }

        return bool.TryParse(raw, out var enabled)
            ? enabled
            : throw new ModuleConfigurationException(
                $"'{SectionName}:{name}:Enabled' must be true or false, not '{raw}'.");
    }
}
