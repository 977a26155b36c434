using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>The create interaction.</summary>
public interface ICreateHandler : IResourceHandler
{
    /// <summary>Stores a new resource and returns it as stored, with its id and version.</summary>
    Task<Resource> CreateAsync(Resource resource, CancellationToken cancellationToken);
}
