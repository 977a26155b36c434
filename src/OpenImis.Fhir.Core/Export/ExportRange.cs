namespace OpenImis.Fhir.Core.Export;

/// <summary>
/// A slice of one type's rows, by surrogate key (<paramref name="From"/> to <paramref name="To"/>, inclusive) within
/// one source (<paramref name="Source"/>, the source's index when several feed the type, else 0).
/// </summary>
public sealed record ExportRange(int Source, long From, long To)
{
    /// <summary>The whole of source <paramref name="source"/>, for handlers that cannot cut their rows.</summary>
    public static ExportRange All(int source) => new(source, long.MinValue, long.MaxValue);
}
