namespace OpenImis.Fhir.Core.State;

/// <summary>What a <see cref="ChangeEvent"/> did.</summary>
public static class ChangeAction
{
    /// <summary>A new resource.</summary>
    public const string Create = "create";

    /// <summary>A new version.</summary>
    public const string Update = "update";

    /// <summary>A (soft) delete.</summary>
    public const string Delete = "delete";
}
