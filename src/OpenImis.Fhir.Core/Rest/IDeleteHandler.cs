namespace OpenImis.Fhir.Core.Rest;

/// <summary>The delete interaction.</summary>
public interface IDeleteHandler : IResourceHandler
{
    /// <summary>
    /// Deletes the resource; deleting a deleted resource succeeds. 412 when <paramref name="ifMatch"/> is not the
    /// current version. Answers the version id of the delete, or null when the resource was deleted already.
    /// </summary>
    Task<string?> DeleteAsync(string id, string? ifMatch, CancellationToken cancellationToken);
}
