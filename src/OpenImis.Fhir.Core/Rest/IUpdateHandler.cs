using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>The update interaction.</summary>
public interface IUpdateHandler : IResourceHandler
{
    /// <summary>
    /// Replaces the current version and returns the new one. <paramref name="ifMatch"/> is the version the client
    /// expects to replace (412 when it is not the current one).
    /// </summary>
    Task<Resource> UpdateAsync(string id, Resource resource, string? ifMatch, CancellationToken cancellationToken);

    /// <summary>
    /// The current version, locked against other writers until the transaction ends, for a write that builds on it
    /// (PATCH, conditional update). 404 when unknown, 410 when deleted.
    /// </summary>
    Task<Resource> ReadForUpdateAsync(string id, CancellationToken cancellationToken);
}
