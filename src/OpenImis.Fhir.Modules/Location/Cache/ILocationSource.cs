namespace OpenImis.Fhir.Modules.Location.Cache;

/// <summary>Reads every row of <c>tblLocations</c>; a seam so that the cache is tested without a database.</summary>
internal interface ILocationSource
{
    IReadOnlyList<Data.Location> Load();

    Task<IReadOnlyList<Data.Location>> LoadAsync(CancellationToken cancellationToken);
}
