namespace OpenImis.Fhir.Core.Modularity;

/// <summary>The modules that passed the start-up checks and are switched on, in catalog order.</summary>
public sealed class EnabledModules(IReadOnlyList<IFhirModule> modules)
{
    /// <summary>The enabled modules.</summary>
    public IReadOnlyList<IFhirModule> Modules { get; } = modules;

    /// <summary>A key that tells two module sets apart, used to cache one EF model per set.</summary>
    public string Key { get; } = string.Join(',', modules.Select(m => m.Name));

    /// <summary>Whether the module of that name is enabled.</summary>
    public bool Contains(string name) => Modules.Any(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
