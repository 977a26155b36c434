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
    /// A search names a few of its type's parameters (Patient declares 15), a date range taking two; the cost of the
    /// statement grows faster than criteria times values: 10 x 100 values of Patient's widest parameter (address, five
    /// columns) took 1.2 to 2 s a search on SQLite and PostgreSQL once compiled (88 demo insurees), 20 x 100 2.7 to 3.6 s.
    /// </summary>
    public int MaxCriteria { get; set; } = 10;

    /// <summary>
    /// The most resources <c>_include</c> and <c>_revinclude</c> add to one page; beyond it the rest is left out with a
    /// warning, or refused (400) with <c>Prefer: handling=strict</c>.
    /// </summary>
    public int MaxIncludes { get; set; } = 1000;

    /// <summary>How many times <c>:iterate</c> includes are applied to what the previous round included.</summary>
    public int MaxIncludeIterations { get; set; } = 3;

    /// <summary>
    /// The most ids a chain or <c>_has</c> carries from one search to the other when it cannot be composed into one SQL
    /// statement (a type served by several sources); a broader chain is a 400.
    /// </summary>
    public int MaxChainIds { get; set; } = 1000;
}
