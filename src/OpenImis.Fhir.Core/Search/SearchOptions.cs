namespace OpenImis.Fhir.Core.Search;

/// <summary>Search limits, bound to <c>Fhir:Search</c>.</summary>
public sealed class SearchOptions
{
    /// <summary>The page size when <c>_count</c> is absent.</summary>
    public int DefaultCount { get; set; } = 20;

    /// <summary>The largest page served; a larger <c>_count</c> is reduced to it.</summary>
    public int MaxCount { get; set; } = 500;

    /// <summary>
    /// The most comma-separated values (alternatives) one parameter may carry; more is a 400. Each value becomes
    /// one or more SQL predicates and parameters, so the limit bounds the statement a single query string can make.
    /// </summary>
    public int MaxValuesPerParameter { get; set; } = 100;

    /// <summary>
    /// The most criteria (occurrences of search parameters, combined with AND) one search may carry; more is a 400.
    /// 20 lets a client name every parameter of a type once and give ranges (two occurrences) on its dates.
    /// </summary>
    public int MaxCriteria { get; set; } = 20;
}
