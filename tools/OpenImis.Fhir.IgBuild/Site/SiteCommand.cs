using OpenImis.Fhir.Core.Conformance.Guide;

namespace OpenImis.Fhir.IgBuild.Site;

/// <summary>
/// Writes ig/output/site/, the static HTML view of profiles/ and the guide's pages that <see cref="GuideSite"/>
/// renders (the server serves the same pages at /ig/), with a copy of the package beside it.
/// </summary>
internal static class SiteCommand
{
    public static int Run(RepoLayout repo)
    {
        var (conformance, examples) = ProfileFolder.Read(repo);
        var pages = Directory.EnumerateFiles(repo.PageContent, "*.md")
            .Order(StringComparer.Ordinal)
            .Select(f => new GuidePage(Path.GetFileNameWithoutExtension(f), File.ReadAllText(f)));

        // Start from an empty folder so a renamed profile leaves no stale page behind.
        if (Directory.Exists(repo.Site))
        {
            Directory.Delete(repo.Site, recursive: true);
        }

        var files = GuideSite.Render(conformance, examples, pages);
        foreach (var (path, content) in files)
        {
            var target = Path.Combine(repo.Site, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, content);
        }

        if (File.Exists(repo.PackageTgz))
        {
            File.Copy(repo.PackageTgz, Path.Combine(repo.Site, GuideSite.PackageFile));
        }

        Console.WriteLine($"site: {files.Keys.Count(p => p.EndsWith(".html", StringComparison.Ordinal))} pages in {repo.Site}");
        return 0;
    }
}
