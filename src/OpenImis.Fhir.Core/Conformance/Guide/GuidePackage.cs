using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace OpenImis.Fhir.Core.Conformance.Guide;

/// <summary>
/// The guide as a FHIR NPM package (<c>package.tgz</c>), the form validators and servers load a guide in:
/// <c>package/package.json</c>, <c>package/.index.json</c>, one file per conformance resource, and the examples with
/// their own index under <c>package/example/</c>.
/// </summary>
public static class GuidePackage
{
    // A fixed timestamp keeps the archive byte-identical from one build to the next.
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>
    /// Packs <paramref name="conformance"/>, which holds exactly one ImplementationGuide (it names and versions the
    /// package), and <paramref name="examples"/>, in the order given. Throws <see cref="ArgumentException"/> otherwise.
    /// </summary>
    public static byte[] Pack(IReadOnlyList<Resource> conformance, IReadOnlyList<Resource> examples)
    {
        ArgumentNullException.ThrowIfNull(conformance);
        ArgumentNullException.ThrowIfNull(examples);
        var guide = conformance.OfType<ImplementationGuide>().SingleOrDefault()
            ?? throw new ArgumentException("The guide's resources must hold exactly one ImplementationGuide.", nameof(conformance));

        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Ustar))
        {
            Add(tar, "package/package.json", Manifest(guide).ToJsonString(Indented));
            Add(tar, "package/.index.json", Index(conformance).ToJsonString(Indented));
            foreach (var resource in conformance)
            {
                Add(tar, $"package/{GuideJson.FileName(resource)}", GuideJson.ToJson(resource));
            }

            Add(tar, "package/example/.index.json", Index(examples).ToJsonString(Indented));
            foreach (var resource in examples)
            {
                Add(tar, $"package/example/{GuideJson.FileName(resource)}", GuideJson.ToJson(resource));
            }
        }

        return buffer.ToArray();
    }

    private static JsonObject Manifest(ImplementationGuide guide)
    {
        var url = guide.Url ?? throw new ArgumentException("The ImplementationGuide has no url.", nameof(guide));
        var marker = url.IndexOf("/ImplementationGuide/", StringComparison.Ordinal);
        return new JsonObject
        {
            ["name"] = guide.PackageId,
            ["version"] = guide.Version,
            ["type"] = "IG",
            ["canonical"] = marker < 0 ? url : url[..marker],
            ["url"] = url,
            ["title"] = guide.Title,
            ["description"] = guide.Description,
            ["license"] = guide.License is { } license ? EnumUtility.GetLiteral(license) : null,
            ["author"] = guide.Publisher,
            ["fhirVersions"] = new JsonArray("4.0.1"),
            ["dependencies"] = new JsonObject { ["hl7.fhir.r4.core"] = "4.0.1" },
        };
    }

    private static JsonObject Index(IEnumerable<Resource> resources)
    {
        var files = new JsonArray();
        foreach (var resource in resources)
        {
            var entry = new JsonObject
            {
                ["filename"] = GuideJson.FileName(resource),
                ["resourceType"] = resource.TypeName,
                ["id"] = resource.Id,
            };
            if (resource is IVersionableConformanceResource conformance)
            {
                AddIfPresent(entry, "url", conformance.Url);
                AddIfPresent(entry, "version", conformance.Version);
            }

            if (resource is StructureDefinition sd)
            {
                AddIfPresent(entry, "kind", sd.Kind is { } kind ? EnumUtility.GetLiteral(kind) : null);
                AddIfPresent(entry, "type", sd.Type);
            }

            files.Add(entry);
        }

        return new JsonObject { ["index-version"] = 1, ["files"] = files };
    }

    private static void AddIfPresent(JsonObject entry, string name, string? value)
    {
        if (value is not null)
        {
            entry[name] = value;
        }
    }

    private static void Add(TarWriter tar, string name, string content)
    {
        var entry = new UstarTarEntry(TarEntryType.RegularFile, name)
        {
            DataStream = new MemoryStream(Encoding.UTF8.GetBytes(content)),
            ModificationTime = EntryTime,
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead,
        };
        tar.WriteEntry(entry);
    }
}
