using Hl7.Fhir.Model;

namespace OpenImis.Fhir.IgBuild;

/// <summary>
/// The parsed content of profiles/, shared by the steps of one run: when snapshots has just written the
/// folder, pack and site reuse its resources instead of parsing 10 MB of JSON again.
/// </summary>
internal static class ProfileFolder
{
    private static (List<Resource> Conformance, List<Resource> Examples)? loaded;

    public static (List<Resource> Conformance, List<Resource> Examples) Read(RepoLayout repo) =>
        loaded ??= (ResourceFiles.ReadFolder(repo.Profiles), ResourceFiles.ReadFolder(repo.Examples));

    /// <summary>Records what was just written, in the order a fresh read would return it.</summary>
    public static void Written(IEnumerable<Resource> conformance, IEnumerable<Resource> examples) =>
        loaded = (Sorted(conformance), Sorted(examples));

    private static List<Resource> Sorted(IEnumerable<Resource> resources) =>
        [.. resources.OrderBy(ResourceFiles.FileName, StringComparer.Ordinal)];
}
