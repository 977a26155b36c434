namespace OpenImis.Fhir.Core.Search;

/// <summary>A parsed search request for one resource type.</summary>
public sealed record SearchQuery
{
    /// <summary>The criteria, combined with AND.</summary>
    public IReadOnlyList<SearchCriterion> Criteria { get; init; } = [];

    /// <summary>The sort keys, in order.</summary>
    public IReadOnlyList<SortOrder> Sort { get; init; } = [];

    /// <summary>The page size; 0 asks for the total only.</summary>
    public int Count { get; init; }

    /// <summary>The number of matches to skip.</summary>
    public int Offset { get; init; }

    /// <summary>Whether to count the matches.</summary>
    public TotalMode Total { get; init; } = TotalMode.Accurate;

    /// <summary><c>_include</c> and <c>_revinclude</c>, in the order given.</summary>
    public IReadOnlyList<IncludeDirective> Includes { get; init; } = [];

    /// <summary>Chained parameters (<c>member:Patient.family=x</c>), resolved against the target type before the search runs.</summary>
    public IReadOnlyList<ChainedCriterion> Chains { get; init; } = [];

    /// <summary>Reverse chains (<c>_has:Group:member:identifier=x</c>), resolved against the source type before the search runs.</summary>
    public IReadOnlyList<ReverseChainCriterion> ReverseChains { get; init; } = [];

    /// <summary>The parameters that were ignored, with the reason.</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>The parameters that define the result set, as they were given, for the paging links.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> LinkParameters { get; init; } = [];
}
