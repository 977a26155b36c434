namespace OpenImis.Fhir.Core.Search;

/// <summary>One occurrence of a parameter in the query: its values are alternatives (OR); occurrences combine with AND.</summary>
public sealed record SearchCriterion(ISearchParameter Parameter, string? Modifier, IReadOnlyList<SearchValue> Values);
