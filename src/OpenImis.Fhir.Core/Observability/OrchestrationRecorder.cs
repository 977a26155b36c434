namespace OpenImis.Fhir.Core.Observability;

/// <summary>
/// Records the work a request causes (database queries, calls to peers) so that the OpenHIM
/// mediator response can report it as <c>orchestrations</c>. The collection flows with the
/// async call chain (<see cref="AsyncLocal{T}"/>), so code deep in a handler needs no parameter.
/// When nothing collects, tracking costs one null check and records nothing.
/// </summary>
public static class OrchestrationRecorder
{
    private static readonly AsyncLocal<OrchestrationCapture?> Current = new();

    /// <summary>True while a collection is active on the current async flow.</summary>
    public static bool IsCollecting => Current.Value is not null;

    /// <summary>
    /// Starts collecting for the current async flow and everything it awaits. Dispose the result
    /// to stop; read <see cref="OrchestrationCapture.Entries"/> before or after.
    /// </summary>
    public static OrchestrationCapture StartCollection()
    {
        var collection = new OrchestrationCapture(Current.Value);
        Current.Value = collection;
        return collection;
    }

    /// <summary>
    /// Tracks one unit of work. Wrap the work, then report its outcome:
    /// <code>
    /// using var orchestration = OrchestrationRecorder.Track("openIMIS DB: read Patient", "SELECT", "postgresql://db:5432/imis/tblInsuree");
    /// var row = await query.FirstOrDefaultAsync(ct);
    /// orchestration.Complete(row is null ? 404 : 200);
    /// </code>
    /// Disposing the scope without <see cref="OrchestrationScope.Complete"/> records the work as failed,
    /// which is what an exception escaping the <c>using</c> block means.
    /// </summary>
    /// <param name="name">What the work is, as shown in the OpenHIM console.</param>
    /// <param name="method">The HTTP method, or a verb such as "SELECT" for database work.</param>
    /// <param name="url">An absolute URI or a path naming the target.</param>
    public static OrchestrationScope Track(string name, string method, string url)
    {
        var collection = Current.Value;
        return collection is null ? OrchestrationScope.Inactive : new OrchestrationScope(collection, name, method, url);
    }

    internal static void Restore(OrchestrationCapture ending, OrchestrationCapture? outer)
    {
        // Only unwind our own level: a collection disposed out of order must not clobber a newer one.
        if (ReferenceEquals(Current.Value, ending))
        {
            Current.Value = outer;
        }
    }
}
