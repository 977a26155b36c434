namespace OpenImis.Fhir.Server.Export;

/// <summary>A validated kick-off.</summary>
internal sealed record ExportRequest(
    string Level, IReadOnlyList<string> Types, DateTime? Since, string? GroupId, IReadOnlyList<string>? Patients, IReadOnlyList<string> Ignored)
{
    /// <summary>The accepted <c>_typeFilter</c> queries, as <c>Type?query</c>.</summary>
    public IReadOnlyList<string> TypeFilters { get; init; } = [];
}
