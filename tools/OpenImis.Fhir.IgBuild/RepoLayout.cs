namespace OpenImis.Fhir.IgBuild;

/// <summary>Where every input and output of the IG build lives, relative to the repository root.</summary>
internal sealed class RepoLayout
{
    private RepoLayout(string root) => Root = root;

    public string Root { get; }
    public string Ig => Path.Combine(Root, "ig");
    public string SushiResources => Path.Combine(Ig, "fsh-generated", "resources");
    public string PageContent => Path.Combine(Ig, "input", "pagecontent");
    public string Output => Path.Combine(Ig, "output");
    public string Site => Path.Combine(Output, "site");
    public string PackageTgz => Path.Combine(Output, "package.tgz");
    public string Profiles => Path.Combine(Root, "profiles");
    public string Examples => Path.Combine(Profiles, "examples");
    public string BackportSushiResources => Path.Combine(Ig, "backport", "fsh-generated", "resources");
    public string BackportProfiles => Path.Combine(Profiles, "backport");
    public string BackportExamples => Path.Combine(BackportProfiles, "examples");

    /// <summary>The spec zip that Hl7.Fhir.Specification.Data.R4 copies next to this executable.</summary>
    public static string SpecificationZip => Path.Combine(AppContext.BaseDirectory, "specification.zip");

    // Walk up from the working directory, then from the executable, to the folder holding the solution,
    // so that the tool works from any current directory.
    public static RepoLayout Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "OpenImis.Fhir.sln")))
                {
                    return new RepoLayout(dir.FullName);
                }
            }
        }

        throw new BuildFailedException("cannot find OpenImis.Fhir.sln above the current directory");
    }
}
