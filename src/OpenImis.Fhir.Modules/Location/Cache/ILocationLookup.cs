namespace OpenImis.Fhir.Modules.Location.Cache;

/// <summary>Locations by id with their ancestors, for mappings that render a village as an address.</summary>
internal interface ILocationLookup
{
    /// <summary>The location (live or history row) with its parents linked; null when there is no such row.</summary>
    LocationNode? Find(int id);
}
