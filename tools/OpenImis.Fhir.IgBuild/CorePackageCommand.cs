using System.Text.Json.Nodes;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Specification.Source;

namespace OpenImis.Fhir.IgBuild;

/// <summary>
/// Writes hl7.fhir.r4.core#4.0.1 as a FHIR package folder from the Firely specification.zip, because SUSHI
/// needs the core package and the FHIR package registries are not reachable from the build machines.
/// </summary>
internal static class CorePackageCommand
{
    private const string PackageFolder = "hl7.fhir.r4.core#4.0.1";

    public static async Task<int> RunAsync(RepoLayout repo, string packagesDir)
    {
        _ = repo;
        var target = Path.Combine(Path.GetFullPath(packagesDir), PackageFolder);
        var manifest = Path.Combine(target, "package", "package.json");
        if (File.Exists(manifest))
        {
            Console.WriteLine($"core-package: cached at {target}");
            return 0;
        }

        // Build beside the target and move it in at the end, so an interrupted run never leaves a
        // half-written package that a later run would take for a cached one.
        var staging = target + ".partial";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }

        var packageDir = Directory.CreateDirectory(Path.Combine(staging, "package")).FullName;
        var count = await WriteResourcesAsync(packageDir);
        await File.WriteAllTextAsync(Path.Combine(packageDir, "package.json"), Manifest());
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.Move(staging, target);
        Console.WriteLine($"core-package: wrote {count} resources to {target}");
        return 0;
    }

    private static async Task<int> WriteResourcesAsync(string packageDir)
    {
        var zip = new ZipSource(RepoLayout.SpecificationZip);
        var serializer = new FhirJsonSerializer();
        var count = 0;
        // Summaries without a resource URI (about 300) cannot be loaded back; SUSHI does not need them.
        foreach (var summary in zip.ListSummaries().Where(s => s.ResourceUri is not null))
        {
            if (zip.LoadBySummary(summary) is not Resource { Id: not null } resource)
            {
                continue;
            }

            var file = Path.Combine(packageDir, $"{resource.TypeName}-{resource.Id}.json");
            await File.WriteAllTextAsync(file, serializer.SerializeToString(resource));
            count++;
        }

        return count;
    }

    private static string Manifest() => new JsonObject
    {
        ["name"] = "hl7.fhir.r4.core",
        ["version"] = "4.0.1",
        ["type"] = "Core",
        ["fhirVersions"] = new JsonArray("4.0.1"),
        ["canonical"] = "http://hl7.org/fhir",
        ["description"] = "FHIR R4 core definitions, generated from the Firely SDK specification.zip",
    }.ToJsonString();
}
