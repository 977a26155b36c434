using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Tests.Conformance.Guide;

/// <summary>
/// profiles/ parsed for these tests alone: validators correct the profiles they compile in place, so the resources of
/// <see cref="ProfileSet"/> may no longer serialize to the files once other tests have validated with them.
/// </summary>
internal static class FreshGuide
{
    private static readonly Lazy<(List<Resource> Conformance, List<Resource> Examples)> Shared = new(() => (
        [.. ProfileSet.ConformanceFiles.Select(f => ProfileSet.Parse(Path.Combine(ProfileSet.ProfilesFolder, f)))],
        [.. ProfileSet.ExampleFiles.Select(f => ProfileSet.Parse(Path.Combine(ProfileSet.ExamplesFolder, f)))]));

    public static List<Resource> Conformance => Shared.Value.Conformance;

    public static List<Resource> Examples => Shared.Value.Examples;
}
