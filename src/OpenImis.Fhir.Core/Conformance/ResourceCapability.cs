using OpenImis.Fhir.Core.Rest;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>What one handler offers, read once from the handler itself.</summary>
public sealed record ResourceCapability(
    string Module,
    string ResourceType,
    IReadOnlyList<string> Profiles,
    IReadOnlyList<ISearchParameter> SearchParameters,
    IReadOnlyList<string> Interactions)
{
    /// <summary>Reads the capability from a handler: the interfaces it implements and supports are its interactions.</summary>
    public static ResourceCapability From(string module, IResourceHandler handler)
    {
        var interactions = new List<string>();
        if (handler.Supports(typeof(IReadHandler)))
        {
            interactions.Add("read");
            interactions.Add("vread");
        }

        if (handler.Supports(typeof(IUpdateHandler)))
        {
            interactions.Add("update");
            interactions.Add("patch");
        }

        if (handler.Supports(typeof(IDeleteHandler)))
        {
            interactions.Add("delete");
        }

        if (handler.Supports(typeof(IHistoryHandler)))
        {
            interactions.Add("history-instance");
            interactions.Add("history-type");
        }

        if (handler.Supports(typeof(ICreateHandler)))
        {
            interactions.Add("create");
        }

        if (handler.Supports(typeof(ISearchHandler)))
        {
            interactions.Add("search-type");
        }

        return new ResourceCapability(module, handler.ResourceType, handler.Profiles, handler.SearchParameters, interactions);
    }
}
