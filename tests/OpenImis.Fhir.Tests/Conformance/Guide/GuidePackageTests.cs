using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Conformance.Guide;

namespace OpenImis.Fhir.Tests.Conformance.Guide;

public sealed class GuidePackageTests
{
    [Fact]
    public void Pack_WritesTheSameBytes_WhenCalledTwice()
    {
        var (conformance, examples) = (FreshGuide.Conformance, FreshGuide.Examples);

        Assert.Equal(GuidePackage.Pack(conformance, examples), GuidePackage.Pack(conformance, examples));
    }

    [Fact]
    public void Pack_HoldsEveryProfilesFileUnchanged_WhenUnpacked()
    {
        var (conformance, examples) = (FreshGuide.Conformance, FreshGuide.Examples);
        var entries = Unpack(GuidePackage.Pack(conformance, examples));

        var expected = ProfileSet.ConformanceFiles.ToDictionary(f => $"package/{f}", f => File.ReadAllText(Path.Combine(ProfileSet.ProfilesFolder, f)))
            .Concat(ProfileSet.ExampleFiles.ToDictionary(f => $"package/example/{f}", f => File.ReadAllText(Path.Combine(ProfileSet.ExamplesFolder, f))));

        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal), entries.Where(e => !e.Key.EndsWith(".index.json", StringComparison.Ordinal)
            && e.Key != "package/package.json").OrderBy(e => e.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Pack_NamesThePackageAfterTheImplementationGuide_WhenWritingTheManifest()
    {
        var (conformance, examples) = (FreshGuide.Conformance, FreshGuide.Examples);
        var guide = conformance.OfType<ImplementationGuide>().Single();

        var manifest = JsonNode.Parse(Unpack(GuidePackage.Pack(conformance, examples))["package/package.json"])!;

        Assert.Equal((guide.PackageId, guide.Version, "https://openimis.github.io/openimis_fhir_r4_ig"),
            ((string?)manifest["name"], (string?)manifest["version"], (string?)manifest["canonical"]));
    }

    [Fact]
    public void Pack_Throws_WhenNoImplementationGuideNamesThePackage()
    {
        Assert.Throws<ArgumentException>(() => GuidePackage.Pack([new ValueSet { Id = "x" }], []));
    }

    internal static Dictionary<string, string> Unpack(byte[] tgz)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        using var tar = new TarReader(new GZipStream(new MemoryStream(tgz), CompressionMode.Decompress));
        while (tar.GetNextEntry() is { } entry)
        {
            using var reader = new StreamReader(entry.DataStream!);
            entries[entry.Name] = reader.ReadToEnd();
        }

        return entries;
    }
}
