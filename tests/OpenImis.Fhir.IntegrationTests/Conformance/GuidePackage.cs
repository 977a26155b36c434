using System.Formats.Tar;
using System.IO.Compression;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace OpenImis.Fhir.IntegrationTests.Conformance;

/// <summary>The package a server publishes at /ig/package.tgz, unpacked: file name to text, and its resources parsed strictly.</summary>
internal sealed class GuidePackage
{
    private GuidePackage(Dictionary<string, string> files) => Files = files;

    public Dictionary<string, string> Files { get; }

    public IEnumerable<Resource> Resources => Parse(f => f.StartsWith("package/", StringComparison.Ordinal) && !f.Contains("/example/", StringComparison.Ordinal));

    public IEnumerable<Resource> Examples => Parse(f => f.StartsWith("package/example/", StringComparison.Ordinal));

    public static async Task<GuidePackage> DownloadAsync(HttpClient client)
    {
        var response = await client.GetAsync("/ig/package.tgz");
        response.EnsureSuccessStatusCode();
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        using var tar = new TarReader(new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress));
        while (await tar.GetNextEntryAsync() is { } entry)
        {
            using var reader = new StreamReader(entry.DataStream!);
            files[entry.Name] = await reader.ReadToEndAsync();
        }

        return new GuidePackage(files);
    }

    private IEnumerable<Resource> Parse(Func<string, bool> include) =>
        Files.Where(f => include(f.Key) && !Path.GetFileName(f.Key).StartsWith('.') && Path.GetFileName(f.Key) != "package.json")
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new FhirJsonDeserializer().DeserializeResource(f.Value));
}
