namespace OpenImis.Fhir.Core.Search;

/// <summary>
/// A reverse chain, <c>_has:Group:member:identifier=x</c>: some <see cref="SourceType"/> matching
/// <see cref="SourceKey"/>=<see cref="Value"/> refers to the resource through its parameter <see cref="Parameter"/>.
/// </summary>
public sealed record ReverseChainCriterion(string SourceType, string Parameter, string SourceKey, string Value);
