using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>The read and vread interactions.</summary>
public interface IReadHandler : IResourceHandler
{
    /// <summary>The current version; 404 when unknown, 410 when deleted.</summary>
    Task<Resource> ReadAsync(string id, CancellationToken cancellationToken);

    /// <summary>One version; 404 when unknown, 410 when that version is the deletion.</summary>
    Task<Resource> ReadVersionAsync(string id, string versionId, CancellationToken cancellationToken);
}
