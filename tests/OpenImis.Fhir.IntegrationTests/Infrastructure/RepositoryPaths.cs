namespace OpenImis.Fhir.IntegrationTests.Infrastructure;

/// <summary>Folders of the repository the tests run from.</summary>
internal static class RepositoryPaths
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "OpenImis.Fhir.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("OpenImis.Fhir.sln not found above the test output.");
        }
    }

    /// <summary>The server's own build output of the configuration the tests were built in (bin/Release/net10.0).</summary>
    public static string ServerOutput
    {
        get
        {
            var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(Root, "src", "OpenImis.Fhir.Server", "bin", framework.Parent!.Name, framework.Name);
        }
    }
}
