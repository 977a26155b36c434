using System.Text;
using Hl7.Fhir.Model;

namespace OpenImis.Fhir.Core.Conformance.Guide;

/// <summary>
/// The guide as a plain static HTML site, readable without the HL7 IG Publisher: a page per profile and extension,
/// the terminology, the guide's own Markdown pages, and every resource as JSON. Pages link to each other and to
/// <c>package.tgz</c> by relative paths, so the site works from a folder or under any URL prefix.
/// </summary>
public static class GuideSite
{
    /// <summary>The name under which the site links the package; whoever publishes the site puts the package there.</summary>
    public const string PackageFile = "package.tgz";

    /// <summary>
    /// Renders the site: relative path (<c>index.html</c>, <c>json/StructureDefinition-x.json</c>) to content. The
    /// <paramref name="conformance"/> resources hold the guide's one ImplementationGuide, whose title names the site.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Render(
        IReadOnlyList<Resource> conformance, IReadOnlyList<Resource> examples, IEnumerable<GuidePage> pages)
    {
        ArgumentNullException.ThrowIfNull(conformance);
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(pages);
        var site = conformance.OfType<ImplementationGuide>().FirstOrDefault()?.Title ?? "Implementation Guide";
        var definitions = conformance.OfType<StructureDefinition>().OrderBy(sd => sd.Id, StringComparer.Ordinal).ToList();
        var links = PagesByCanonical(conformance);
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var sd in definitions)
        {
            files[StructureDefinitionPage.FileName(sd)] = StructureDefinitionPage.Render(site, sd, links);
        }

        files["profiles.html"] = Listing(site, "Profiles", definitions.Where(sd => sd.Type != "Extension"), sd => sd.Type ?? string.Empty);
        files["extensions.html"] = Listing(site, "Extensions", definitions.Where(sd => sd.Type == "Extension"),
            sd => string.Join(", ", sd.Context.Select(c => c.Expression)));
        files["terminology.html"] = TerminologyPage.Render(site,
            conformance.OfType<CodeSystem>().OrderBy(c => c.Id, StringComparer.Ordinal),
            conformance.OfType<ValueSet>().OrderBy(v => v.Id, StringComparer.Ordinal), links);
        foreach (var page in pages)
        {
            var (title, body) = Markdown.SplitTitle(page.Markdown);
            files[$"{page.Name}.html"] = Html.Page(site, title, Markdown.ToHtml(body));
        }

        foreach (var resource in conformance)
        {
            files[$"json/{GuideJson.FileName(resource)}"] = GuideJson.ToJson(resource);
        }

        foreach (var resource in examples)
        {
            files[$"json/examples/{GuideJson.FileName(resource)}"] = GuideJson.ToJson(resource);
        }

        files["downloads.html"] = Downloads(site, conformance, examples);
        return files;
    }

    private static Dictionary<string, string> PagesByCanonical(IEnumerable<Resource> conformance)
    {
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in conformance)
        {
            switch (resource)
            {
                case StructureDefinition { Url: { } url } sd:
                    pages[url] = StructureDefinitionPage.FileName(sd);
                    break;
                case CodeSystem { Url: { } url } cs:
                    pages[url] = $"terminology.html#CodeSystem-{cs.Id}";
                    break;
                case ValueSet { Url: { } url } vs:
                    pages[url] = $"terminology.html#ValueSet-{vs.Id}";
                    break;
            }
        }

        return pages;
    }

    private static string Listing(string site, string title, IEnumerable<StructureDefinition> definitions, Func<StructureDefinition, string> appliesTo)
    {
        var body = new StringBuilder("<table><tr><th>Name</th><th>Id</th><th>Applies to</th><th>Description</th></tr>\n");
        foreach (var sd in definitions)
        {
            var retired = sd.Status == PublicationStatus.Retired ? " (retired)" : string.Empty;
            body.Append($"<tr><td>{Html.Link(StructureDefinitionPage.FileName(sd), sd.Title ?? sd.Id ?? string.Empty)}{retired}</td>");
            body.Append($"<td><code>{Html.E(sd.Id)}</code></td><td>{Html.E(appliesTo(sd))}</td><td>{Html.E(sd.Description)}</td></tr>\n");
        }

        return Html.Page(site, title, body.Append("</table>\n").ToString());
    }

    private static string Downloads(string site, IEnumerable<Resource> conformance, IEnumerable<Resource> examples)
    {
        var package = conformance.OfType<ImplementationGuide>().FirstOrDefault()?.PackageId;
        var body = new StringBuilder();
        body.Append("<p>").Append(Html.Link(PackageFile, PackageFile)).Append(": the FHIR NPM package (");
        body.Append($"<code>{Html.E(package)}</code>) with every conformance resource, snapshots included, and the examples.</p>\n");
        body.Append("<h2>Conformance resources</h2>\n<ul>\n");
        foreach (var resource in conformance)
        {
            body.Append("<li>").Append(Html.Link($"json/{GuideJson.FileName(resource)}", GuideJson.FileName(resource))).Append("</li>\n");
        }

        body.Append("</ul>\n<h2>Examples</h2>\n<ul>\n");
        foreach (var resource in examples)
        {
            body.Append("<li>").Append(Html.Link($"json/examples/{GuideJson.FileName(resource)}", GuideJson.FileName(resource))).Append("</li>\n");
        }

        return Html.Page(site, "Downloads", body.Append("</ul>\n").ToString());
    }
}
