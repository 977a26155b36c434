namespace OpenImis.Fhir.Core.Rest.Interactions;

/// <summary>A reference to a resource of this server: its type and id.</summary>
internal sealed record LocalReference(string Type, string Id)
{
    public string Key => $"{Type}/{Id.ToLowerInvariant()}";
}
