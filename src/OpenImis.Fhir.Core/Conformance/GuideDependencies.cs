using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>
/// The conformance resources of the implementation guides the server implements beside its own, carried in a
/// sub-folder of <c>profiles/</c>: HL7's Subscriptions R5 Backport IG 1.1.0 (R4 edition, built by
/// <c>ig/backport/build.sh</c>) in <c>profiles/backport/</c>. The validator resolves them; the server neither serves
/// nor publishes them, as it serves none of the core specification's (their canonical home is HL7's).
/// </summary>
public static class GuideDependencies
{
    /// <summary>The sub-folder of <c>profiles/</c> that holds the backport package's conformance resources.</summary>
    public const string BackportFolder = "backport";

    /// <summary>
    /// The conformance resources of every dependency under <paramref name="profilesDirectory"/>, not their examples.
    /// A missing folder or a malformed file throws, naming it, as for the guide itself.
    /// </summary>
    public static IReadOnlyList<Resource> Load(string profilesDirectory) =>
        ConformanceStore.Load(Path.Combine(profilesDirectory, BackportFolder), []).Resources;
}
