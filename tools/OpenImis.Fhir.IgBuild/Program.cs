using OpenImis.Fhir.IgBuild;
using OpenImis.Fhir.IgBuild.Site;

// One entry point per build step so that ig/build.sh can run and time each step on its own.
var repo = RepoLayout.Locate();
try
{
    return args switch
    {
        ["core-package", var packagesDir] => await CorePackageCommand.RunAsync(repo, packagesDir),
        ["snapshots"] => await SnapshotCommand.RunAsync(repo),
        ["pack"] => PackCommand.Run(repo),
        ["site"] => SiteCommand.Run(repo),
        _ => Usage(),
    };
}
catch (BuildFailedException ex)
{
    await Console.Error.WriteLineAsync($"igbuild: {ex.Message}");
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("usage: igbuild core-package <fhir-packages-dir> | snapshots | pack | site");
    return 2;
}
