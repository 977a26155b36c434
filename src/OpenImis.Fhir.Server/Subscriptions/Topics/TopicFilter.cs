namespace OpenImis.Fhir.Server.Subscriptions.Topics;

/// <summary>
/// A filter a topic documents (<c>canFilterBy</c>): the name a subscriber uses in <c>backport-filter-criteria</c>,
/// the search parameter of the topic's type that applies it (the engine's own, so a filter matches exactly what a
/// search with that parameter finds), and what its value is.
/// </summary>
internal sealed record TopicFilter(string Name, string SearchParameter, string Description)
{
    /// <summary>Whether the filter is on the resource's id, so that it can be applied to a deleted resource too.</summary>
    public bool OnId => SearchParameter == "_id";
}
