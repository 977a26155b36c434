namespace OpenImis.Fhir.Core.Rest;

/// <summary>The history interactions at instance and type level.</summary>
public interface IHistoryHandler : IResourceHandler
{
    /// <summary>The versions, newest first: of one resource when <paramref name="id"/> is given, else of the type.</summary>
    Task<HistoryResult> HistoryAsync(string? id, HistoryQuery query, CancellationToken cancellationToken);
}
