namespace OpenImis.Fhir.Core.Rest;

/// <summary>Superseded versions: history rows mapped as the resource they are versions of.</summary>
public abstract partial class VersionedResourceHandler<TEntity, TResource>
{
    /// <summary>
    /// Loads what mapping superseded versions needs beyond <see cref="Shape"/>, such as related rows as they were at
    /// each version's time (related rows point at the live row's id, so <see cref="Shape"/> finds none for a history
    /// row). The rows are untracked and already carry the resource's UUID.
    /// </summary>
    protected virtual System.Threading.Tasks.Task LoadVersionsAsync(IReadOnlyList<TEntity> versions, CancellationToken cancellationToken) =>
        System.Threading.Tasks.Task.CompletedTask;

    // A history row has a UUID of its own that names no resource. It is mapped under the UUID of the resource it is
    // a version of, so that a superseded version reads exactly as it read when it was current (its UUID identifier,
    // references to itself) in every module, without each mapper knowing about history rows.
    private async System.Threading.Tasks.Task PrepareVersionsAsync(
        IEnumerable<TEntity> rows, Func<TEntity, string> resourceId, CancellationToken cancellationToken)
    {
        var versions = rows.Where(r => r.LegacyId is not null).ToList();
        if (versions.Count == 0)
        {
            return;
        }

        foreach (var version in versions)
        {
            version.Uuid = resourceId(version);
        }

        await LoadVersionsAsync(versions, cancellationToken);
    }
}
