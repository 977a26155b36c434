namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// The versions of a type's resources that became current, or were deleted, after a point in time: what the change
/// detector reads to find the writes the openIMIS application makes in the database itself.
/// </summary>
public interface IChangeFeed : IResourceHandler
{
    /// <summary>
    /// Up to <paramref name="max"/> changes later than <paramref name="since"/> (UTC), oldest first: live rows whose
    /// <c>ValidityFrom</c>, or deleted live rows whose <c>ValidityTo</c>, is later. An answer of <paramref name="max"/>
    /// or more changes may be cut off: it holds every change up to its latest one, except others at that same instant.
    /// </summary>
    Task<IReadOnlyList<RowChange>> ChangedSinceAsync(DateTime since, int max, CancellationToken cancellationToken);
}
