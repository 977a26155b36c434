using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>What one handler offers, read once from the handler itself.</summary>
public sealed record ResourceCapability(
    string Module,
    string ResourceType,
    string Profile,
    IReadOnlyList<ISearchParameter> SearchParameters,
    IReadOnlyList<string> Interactions)
{
    /// <summary>Reads the capability from a handler: the interfaces it implements are its interactions.</summary>
    public static ResourceCapability From(string module, IResourceHandler handler)
    {
        var interactions = new List<string>();
        if (handler is IReadHandler)
        {
            interactions.Add("read");
            interactions.Add("vread");
        }

        if (handler is IUpdateHandler)
        {
            interactions.Add("update");
            interactions.Add("patch");
        }

        if (handler is IDeleteHandler)
        {
            interactions.Add("delete");
        }

        if (handler is IHistoryHandler)
        {
            interactions.Add("history-instance");
            interactions.Add("history-type");
        }

        if (handler is ICreateHandler)
        {
            interactions.Add("create");
        }

        if (handler is ISearchHandler)
        {
            interactions.Add("search-type");
        }

        return new ResourceCapability(module, handler.ResourceType, handler.Profile, handler.SearchParameters, interactions);
    }
}
