namespace OpenImis.Fhir.Modules.Location.Handlers;

/// <summary>
/// What in another module points at a location (families, insurees, health facilities). A module that depends on
/// Location registers one, so that deleting a location still in use is refused with the resources named, while the
/// Location module knows none of their tables.
/// </summary>
internal interface ILocationDependents
{
    /// <summary>The live resources (<c>Type/uuid</c>) that point at the location, at most <paramref name="limit"/> of them.</summary>
    Task<IReadOnlyList<string>> FindAsync(int locationId, int limit, CancellationToken cancellationToken);
}
