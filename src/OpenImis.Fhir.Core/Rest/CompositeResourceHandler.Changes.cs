namespace OpenImis.Fhir.Core.Rest;

/// <summary>The change feed over every source that has one.</summary>
public sealed partial class CompositeResourceHandler : IChangeFeed
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<RowChange>> ChangedSinceAsync(DateTime since, int max, CancellationToken cancellationToken)
    {
        var changes = new List<RowChange>();
        DateTime? cut = null;
        foreach (var feed in _sources.OfType<IChangeFeed>())
        {
            var own = await feed.ChangedSinceAsync(since, max, cancellationToken);
            changes.AddRange(own);
            if (own.Count >= max && (cut is null || own[^1].OccurredAt < cut))
            {
                cut = own[^1].OccurredAt;
            }
        }

        // A source cut off at its max is complete only up to its last change: the union is complete up to the
        // earliest such cut, and still holds at least max changes (those of the source cut earliest).
        return changes.Where(c => cut is null || c.OccurredAt <= cut).OrderBy(c => c.OccurredAt).ToList();
    }
}
