using System.Formats.Tar;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace OpenImis.Fhir.IgBuild;

/// <summary>
/// Writes ig/output/package.tgz, a FHIR NPM package of profiles/ that validators and servers can load
/// (package/package.json, package/.index.json, one file per resource, examples under package/example/).
/// </summary>
internal static class PackCommand
{
    // A fixed timestamp keeps the archive byte-identical from one build to the next.
    private static readonly DateTimeOffset EntryTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static int Run(RepoLayout repo)
    {
        var (conformance, examples) = ProfileFolder.Read(repo);
        var guide = conformance.OfType<ImplementationGuide>().SingleOrDefault()
            ?? throw new BuildFailedException("profiles/ holds no ImplementationGuide: run the snapshots step first");

        Directory.CreateDirectory(repo.Output);
        using (var file = File.Create(repo.PackageTgz))
        using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
        using (var tar = new TarWriter(gzip, TarEntryFormat.Ustar))
        {
            Add(tar, "package/package.json", Manifest(guide).ToJsonString(Indented));
            Add(tar, "package/.index.json", Index(conformance).ToJsonString(Indented));
            foreach (var resource in conformance)
            {
                Add(tar, $"package/{ResourceFiles.FileName(resource)}", ResourceFiles.ToJson(resource));
            }

            Add(tar, "package/example/.index.json", Index(examples).ToJsonString(Indented));
            foreach (var resource in examples)
            {
                Add(tar, $"package/example/{ResourceFiles.FileName(resource)}", ResourceFiles.ToJson(resource));
            }
        }

        Console.WriteLine($"pack: {conformance.Count} resources and {examples.Count} examples in {repo.PackageTgz}");
        return 0;
    }

    private static JsonObject Manifest(ImplementationGuide guide) => new()
    {
        ["name"] = guide.PackageId,
        ["version"] = guide.Version,
        ["type"] = "IG",
        ["canonical"] = guide.Url![..guide.Url!.IndexOf("/ImplementationGuide/", StringComparison.Ordinal)],
        ["url"] = guide.Url,
        ["title"] = guide.Title,
        ["description"] = guide.Description,
        ["license"] = guide.License is { } license ? EnumUtility.GetLiteral(license) : null,
        ["author"] = guide.Publisher,
        ["fhirVersions"] = new JsonArray("4.0.1"),
        ["dependencies"] = new JsonObject { ["hl7.fhir.r4.core"] = "4.0.1" },
    };

    private static JsonObject Index(IEnumerable<Resource> resources)
    {
        var files = new JsonArray();
        foreach (var resource in resources)
        {
            var entry = new JsonObject
            {
                ["filename"] = ResourceFiles.FileName(resource),
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
