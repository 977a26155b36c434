namespace OpenImis.Fhir.Core.Search;

/// <summary>One <c>_sort</c> key.</summary>
public sealed record SortOrder(ISearchParameter Parameter, bool Descending);
