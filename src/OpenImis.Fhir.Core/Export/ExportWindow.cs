using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Export;

/// <summary>
/// The changes an export takes: after <paramref name="Since"/> (when given) and up to and including
/// <paramref name="Until"/>, the export's transactionTime. Both are UTC.
/// </summary>
public sealed record ExportWindow(DateTime? Since, DateTime Until)
{
    /// <summary>
    /// The type's <c>_typeFilter</c> queries, each parsed against the type's own search parameters (its criteria
    /// combined with AND); a resource is exported when it matches any of them. Empty: every resource.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<SearchCriterion>> Filters { get; init; } = [];
}
