namespace OpenImis.Fhir.IgBuild;

internal static class SiteCommand
{
    public static int Run(RepoLayout repo) => throw new BuildFailedException("site: not yet");
}
