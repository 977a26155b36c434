using System.Net;
using System.Text.Json.Nodes;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Conformance;

/// <summary>The guide published at /ig/: its site, and its NPM package as FHIR package tooling expects it.</summary>
public sealed class GuideEndpointTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly string Profiles = Path.Combine(AppContext.BaseDirectory, "profiles");

    private readonly HttpClient _client = server.Factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task Get_AnswersTheSiteIndexAsHtml_WhenPathIsIgWithSlash()
    {
        var response = await _client.GetAsync("/ig/");

        Assert.Equal((HttpStatusCode.OK, "text/html"), (response.StatusCode, response.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Get_RedirectsToTheSlash_WhenPathIsIg()
    {
        var response = await _client.GetAsync("/ig");

        Assert.Equal((HttpStatusCode.Redirect, "/ig/"), (response.StatusCode, response.Headers.Location?.OriginalString));
    }

    [Fact]
    public async Task Get_Answers404_WhenTheGuideHasNoSuchFile()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/ig/no-such-page.html")).StatusCode);
    }

    [Fact]
    public async Task Get_Answers304_WhenTheClientHoldsTheCurrentPackage()
    {
        var first = await _client.GetAsync("/ig/package.tgz");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/ig/package.tgz");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Package_HoldsTheProfilesFilesUnchanged_WhenUnpacked()
    {
        var package = await GuidePackage.DownloadAsync(_client);
        var expected = Directory.EnumerateFiles(Profiles, "*.json").Select(f => ($"package/{Path.GetFileName(f)}", File.ReadAllText(f)))
            .Concat(Directory.EnumerateFiles(Path.Combine(Profiles, "examples"), "*.json")
                .Select(f => ($"package/example/{Path.GetFileName(f)}", File.ReadAllText(f))));

        var resourceFiles = package.Files.Where(f => !Path.GetFileName(f.Key).StartsWith('.') && f.Key != "package/package.json")
            .Select(f => (f.Key, f.Value));

        Assert.Equal(expected.Order(), resourceFiles.Order());
    }

    [Fact]
    public async Task Package_DescribesItselfAsTheGuidesPackage_WhenPackageJsonIsRead()
    {
        var manifest = JsonNode.Parse((await GuidePackage.DownloadAsync(_client)).Files["package/package.json"])!;

        Assert.Equal(("openimis.fhir.r4", "IG", "https://openimis.github.io/openimis_fhir_r4_ig", "4.0.1", "4.0.1"),
            ((string?)manifest["name"], (string?)manifest["type"], (string?)manifest["canonical"],
                (string?)manifest["fhirVersions"]![0], (string?)manifest["dependencies"]!["hl7.fhir.r4.core"]));
    }

    [Theory]
    [InlineData("package/.index.json", "package/")]
    [InlineData("package/example/.index.json", "package/example/")]
    public async Task Index_ListsEveryResourceFileWithItsTypeIdAndUrl_WhenRead(string index, string folder)
    {
        var package = await GuidePackage.DownloadAsync(_client);
        var listed = JsonNode.Parse(package.Files[index])!["files"]!.AsArray()
            .Select(f => ((string)f!["filename"]!, (string)f["resourceType"]!, (string)f["id"]!, (string?)f["url"]));

        var actual = package.Files
            .Where(f => f.Key.StartsWith(folder, StringComparison.Ordinal) && !f.Key[folder.Length..].Contains('/')
                && !Path.GetFileName(f.Key).StartsWith('.') && f.Key != "package/package.json")
            .Select(f => (Path.GetFileName(f.Key), JsonNode.Parse(f.Value)!))
            .Select(f => (f.Item1, (string)f.Item2["resourceType"]!, (string)f.Item2["id"]!, (string?)f.Item2["url"]));

        Assert.Equal(actual.Order(), listed.Order());
    }
}
