namespace OpenImis.Fhir.Core.Search;

/// <summary>Search limits, bound to <c>Fhir:Search</c>.</summary>
public sealed class SearchOptions
{
    /// <summary>The page size when <c>_count</c> is absent.</summary>
    public int DefaultCount { get; set; } = 20;

    /// <summary>The largest page served; a larger <c>_count</c> is reduced to it.</summary>
    public int MaxCount { get; set; } = 500;
}
