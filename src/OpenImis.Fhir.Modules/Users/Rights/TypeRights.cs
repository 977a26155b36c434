namespace OpenImis.Fhir.Modules.Users.Rights;

/// <summary>
/// The openIMIS rights one resource type needs per kind of interaction; a list is "any of", an empty list needs no
/// right (reference data openIMIS lets anyone read).
/// </summary>
internal sealed record TypeRights(int[] View, int[] Create, int[] Update, int[] Delete)
{
    /// <summary>No right needed for anything (the platform's conformance and terminology resources).</summary>
    public static TypeRights Open { get; } = new([], [], [], []);
}
