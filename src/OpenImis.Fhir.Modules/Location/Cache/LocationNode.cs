namespace OpenImis.Fhir.Modules.Location.Cache;

/// <summary>
/// An immutable copy of a <c>tblLocations</c> row with its parent resolved, shared by every request: unlike the
/// EF entity it cannot be attached to a context by mistake.
/// </summary>
internal sealed class LocationNode
{
    public required int Id { get; init; }

    public required string Uuid { get; init; }

    public string? Code { get; init; }

    public string? Name { get; init; }

    public required string Type { get; init; }

    public LocationNode? Parent { get; init; }

    /// <summary>Whether the row is live (no ValidityTo): history rows are kept because history insurees name them.</summary>
    public bool IsLive { get; init; }
}
