using System.Text;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.IgBuild.Site;

/// <summary>
/// Writes ig/output/site/: a plain static HTML view of profiles/ and the guide's pages, readable
/// without the HL7 IG Publisher (which needs network access this build does not have).
/// </summary>
internal static class SiteCommand
{
    public static int Run(RepoLayout repo)
    {
        var (conformance, examples) = ProfileFolder.Read(repo);
        var definitions = conformance.OfType<StructureDefinition>().OrderBy(sd => sd.Id, StringComparer.Ordinal).ToList();
        var pages = PagesByCanonical(conformance);

        // Start from an empty folder so a renamed profile leaves no stale page behind.
        if (Directory.Exists(repo.Site))
        {
            Directory.Delete(repo.Site, recursive: true);
        }

        var json = Directory.CreateDirectory(Path.Combine(repo.Site, "json", "examples")).Parent!.FullName;
        foreach (var sd in definitions)
        {
            Write(repo, StructureDefinitionPage.FileName(sd), StructureDefinitionPage.Render(sd, pages));
        }

        Write(repo, "profiles.html", Listing("Profiles", definitions.Where(sd => sd.Type != "Extension"), sd => sd.Type ?? string.Empty));
        Write(repo, "extensions.html", Listing("Extensions", definitions.Where(sd => sd.Type == "Extension"),
            sd => string.Join(", ", sd.Context.Select(c => c.Expression))));
        Write(repo, "terminology.html", TerminologyPage.Render(
            conformance.OfType<CodeSystem>().OrderBy(c => c.Id, StringComparer.Ordinal),
            conformance.OfType<ValueSet>().OrderBy(v => v.Id, StringComparer.Ordinal), pages));
        foreach (var markdown in Directory.EnumerateFiles(repo.PageContent, "*.md"))
        {
            var (title, body) = Markdown.SplitTitle(File.ReadAllText(markdown));
            Write(repo, Path.ChangeExtension(Path.GetFileName(markdown), ".html"), Html.Page(title, Markdown.ToHtml(body)));
        }

        foreach (var resource in conformance)
        {
            File.WriteAllText(Path.Combine(json, ResourceFiles.FileName(resource)), ResourceFiles.ToJson(resource));
        }

        foreach (var resource in examples)
        {
            File.WriteAllText(Path.Combine(json, "examples", ResourceFiles.FileName(resource)), ResourceFiles.ToJson(resource));
        }

        if (File.Exists(repo.PackageTgz))
        {
            File.Copy(repo.PackageTgz, Path.Combine(repo.Site, "package.tgz"));
        }

        Write(repo, "downloads.html", Downloads(conformance, examples));
        Console.WriteLine($"site: {Directory.GetFiles(repo.Site, "*.html").Length} pages in {repo.Site}");
        return 0;
    }

    private static Dictionary<string, string> PagesByCanonical(IEnumerable<Resource> conformance)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in conformance)
        {
            switch (resource)
            {
                case StructureDefinition sd:
                    pages[sd.Url!] = StructureDefinitionPage.FileName(sd);
                    break;
                case CodeSystem cs:
                    pages[cs.Url!] = $"terminology.html#CodeSystem-{cs.Id}";
                    break;
                case ValueSet vs:
                    pages[vs.Url!] = $"terminology.html#ValueSet-{vs.Id}";
                    break;
            }
        }

        return pages;
    }

    private static string Listing(string title, IEnumerable<StructureDefinition> definitions, Func<StructureDefinition, string> appliesTo)
    {
        var body = new StringBuilder("<table><tr><th>Name</th><th>Id</th><th>Applies to</th><th>Description</th></tr>\n");
        foreach (var sd in definitions)
        {
            var retired = sd.Status == PublicationStatus.Retired ? " (retired)" : string.Empty;
            body.Append($"<tr><td>{Html.Link(StructureDefinitionPage.FileName(sd), sd.Title ?? sd.Id ?? string.Empty)}{retired}</td>");
            body.Append($"<td><code>{Html.E(sd.Id)}</code></td><td>{Html.E(appliesTo(sd))}</td><td>{Html.E(sd.Description)}</td></tr>\n");
        }

        return Html.Page(title, body.Append("</table>\n").ToString());
    }

    private static string Downloads(IEnumerable<Resource> conformance, IEnumerable<Resource> examples)
    {
        var body = new StringBuilder();
        body.Append("<p>").Append(Html.Link("package.tgz", "package.tgz")).Append(": the FHIR NPM package (");
        body.Append("<code>openimis.fhir.r4</code>) with every conformance resource, snapshots included, and the examples.</p>\n");
        body.Append("<h2>Conformance resources</h2>\n<ul>\n");
        foreach (var resource in conformance)
        {
            body.Append("<li>").Append(Html.Link($"json/{ResourceFiles.FileName(resource)}", ResourceFiles.FileName(resource))).Append("</li>\n");
        }

        body.Append("</ul>\n<h2>Examples</h2>\n<ul>\n");
        foreach (var resource in examples)
        {
            body.Append("<li>").Append(Html.Link($"json/examples/{ResourceFiles.FileName(resource)}", ResourceFiles.FileName(resource))).Append("</li>\n");
        }

        return Html.Page("Downloads", body.Append("</ul>\n").ToString());
    }

    private static void Write(RepoLayout repo, string fileName, string html) =>
        File.WriteAllText(Path.Combine(repo.Site, fileName), html);
}
