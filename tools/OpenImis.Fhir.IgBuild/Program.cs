using OpenImis.Fhir.IgBuild;
using OpenImis.Fhir.IgBuild.Site;

// Steps run in the order given, in one process, so ig/build.sh pays .NET start-up once:
//   igbuild core-package <fhir-packages-dir> | snapshots | pack | site | backport-snapshots  [more steps...]
var repo = RepoLayout.Locate();
if (args.Length == 0)
{
    return Usage();
}

try
{
    for (var i = 0; i < args.Length; i++)
    {
        var started = DateTime.UtcNow;
        var code = args[i] switch
        {
            "core-package" when i + 1 < args.Length => await CorePackageCommand.RunAsync(repo, args[++i]),
            "snapshots" => await SnapshotCommand.RunAsync(repo),
            "backport-snapshots" => await SnapshotCommand.RunBackportAsync(repo),
            "pack" => PackCommand.Run(repo),
            "site" => SiteCommand.Run(repo),
            _ => Usage(),
        };
        if (code != 0)
        {
            return code;
        }

        Console.WriteLine($"   ({(DateTime.UtcNow - started).TotalSeconds:0.0} s)");
    }

    return 0;
}
catch (BuildFailedException ex)
{
    await Console.Error.WriteLineAsync($"igbuild: {ex.Message}");
    return 1;
}

static int Usage()
{
    Console.Error.WriteLine("usage: igbuild [core-package <fhir-packages-dir>] [snapshots] [pack] [site] [backport-snapshots]");
    return 2;
}
