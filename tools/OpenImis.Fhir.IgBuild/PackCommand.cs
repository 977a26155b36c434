namespace OpenImis.Fhir.IgBuild;

internal static class PackCommand
{
    public static int Run(RepoLayout repo) => throw new BuildFailedException("pack: not yet");
}
