using System.Text;
using OpenImis.Fhir.Core.Conformance;
using OpenImis.Fhir.Core.Conformance.Guide;

namespace OpenImis.Fhir.Server.Hosting;

/// <summary>
/// The implementation guide as the server publishes it under /ig/: the static site and the NPM package, made in memory
/// from the guide's files (profiles/ and its examples, copied beside the server) and its Markdown pages (embedded in
/// this assembly), by the same code that writes ig/output/. So the server needs neither Node nor ig/output/, and it
/// publishes the guide it validates against.
/// </summary>
internal sealed class GuideContent
{
    private const string PagePrefix = "OpenImis.Fhir.Server.Guide.";

    private readonly Dictionary<string, GuideFile> _files;

    private GuideContent(Dictionary<string, GuideFile> files) => _files = files;

    /// <summary>The file at a site path (<c>index.html</c>, <c>package.tgz</c>, <c>json/...</c>), or null.</summary>
    public GuideFile? Find(string path) => _files.GetValueOrDefault(path);

    /// <summary>
    /// Reads <paramref name="profilesDirectory"/> (conformance resources, and examples in its <c>examples/</c>) afresh
    /// rather than taking the loaded <see cref="ConformanceStore"/>: the validator corrects the profiles it compiles
    /// in place (Firely's corrections resolver retypes <c>Resource.id</c>), and the published guide must be the file.
    /// </summary>
    public static GuideContent Build(string profilesDirectory)
    {
        // The files are those ig/build.sh writes, in the same order, so the package has the same bytes as its own.
        var conformance = ConformanceStore.Load(profilesDirectory, []).Resources;
        var examples = ConformanceStore.ReadExamples(Path.Combine(profilesDirectory, "examples"));
        var files = new Dictionary<string, GuideFile>(StringComparer.Ordinal);
        foreach (var (path, text) in GuideSite.Render(conformance, examples, Pages()))
        {
            files[path] = GuideFile.From(Encoding.UTF8.GetBytes(text), ContentType(path));
        }

        files[GuideSite.PackageFile] = GuideFile.From(GuidePackage.Pack(conformance, examples), "application/gzip");
        return new GuideContent(files);
    }

    private static IEnumerable<GuidePage> Pages()
    {
        var assembly = typeof(GuideContent).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(PagePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return new GuidePage(Path.GetFileNameWithoutExtension(name[PagePrefix.Length..]), reader.ReadToEnd());
        }
    }

    private static string ContentType(string path) => Path.GetExtension(path) switch
    {
        ".html" => "text/html; charset=utf-8",
        ".json" => "application/json; charset=utf-8",
        _ => "application/octet-stream",
    };
}
