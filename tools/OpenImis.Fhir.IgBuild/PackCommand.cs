using OpenImis.Fhir.Core.Conformance.Guide;

namespace OpenImis.Fhir.IgBuild;

/// <summary>
/// Writes ig/output/package.tgz, the FHIR NPM package of profiles/ that validators and servers load. The server
/// serves the same bytes at /ig/package.tgz: both come from <see cref="GuidePackage"/>.
/// </summary>
internal static class PackCommand
{
    public static int Run(RepoLayout repo)
    {
        var (conformance, examples) = ProfileFolder.Read(repo);
        Directory.CreateDirectory(repo.Output);
        try
        {
            File.WriteAllBytes(repo.PackageTgz, GuidePackage.Pack(conformance, examples));
        }
        catch (ArgumentException ex)
        {
            throw new BuildFailedException($"profiles/ cannot be packed ({ex.Message}): run the snapshots step first");
        }

        Console.WriteLine($"pack: {conformance.Count} resources and {examples.Count} examples in {repo.PackageTgz}");
        return 0;
    }
}
