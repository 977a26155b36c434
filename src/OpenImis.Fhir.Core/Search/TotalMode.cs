namespace OpenImis.Fhir.Core.Search;

/// <summary>The <c>_total</c> parameter.</summary>
public enum TotalMode
{
    /// <summary>Count the matches (also the answer to <c>estimate</c>, since the count is exact anyway).</summary>
    Accurate,
    /// <summary>Do not count.</summary>
    None,
}
