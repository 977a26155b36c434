using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Rest;

/// <summary>
/// One of several sources of a FHIR type (Organization: health facility, policy holder, insurer). Core's
/// <see cref="CompositeResourceHandler"/> owns the type and asks its sources: the one that holds an id serves it,
/// searches and type history run over all of them, a create goes to the one that accepts the resource.
/// </summary>
public interface IResourceSource : IReadHandler, ISearchHandler, IHistoryHandler
{
    /// <summary>Whether a new resource belongs to this source (by its profile or its type code).</summary>
    bool Accepts(Resource resource);

    /// <summary>Whether this source holds a resource with that id, live or deleted.</summary>
    Task<bool> HoldsAsync(string id, CancellationToken cancellationToken);
}
