using Hl7.Fhir.Model;
using Hl7.Fhir.Specification.Snapshot;
using Hl7.Fhir.Specification.Source;

namespace OpenImis.Fhir.IgBuild;

/// <summary>
/// Turns SUSHI's differential-only output into profiles/: StructureDefinitions with snapshots made by the
/// same Firely SDK the server validates with, every other conformance resource as is, examples apart.
/// </summary>
internal static class SnapshotCommand
{
    /// <summary>The openIMIS guide: ig/fsh-generated to profiles/, recorded for the pack and site steps.</summary>
    public static async Task<int> RunAsync(RepoLayout repo)
    {
        var (conformance, examples) = await WriteAsync(repo.SushiResources, repo.Profiles, repo.Examples, "ig/build.sh");
        ProfileFolder.Written(conformance, examples);
        return 0;
    }

    /// <summary>
    /// HL7's Subscriptions Backport IG (R4 edition): ig/backport/fsh-generated to profiles/backport/, a dependency the
    /// server's validator loads; it is not part of the openIMIS guide's package or site.
    /// </summary>
    public static async Task<int> RunBackportAsync(RepoLayout repo)
    {
        await WriteAsync(repo.BackportSushiResources, repo.BackportProfiles, repo.BackportExamples, "ig/backport/build.sh");
        return 0;
    }

    private static async Task<(List<Resource> Conformance, List<Resource> Examples)> WriteAsync(
        string sushiResources, string profiles, string examplesFolder, string buildScript)
    {
        if (!Directory.Exists(sushiResources))
        {
            throw new BuildFailedException($"{sushiResources} is missing: run SUSHI first ({buildScript} does)");
        }

        var resources = ResourceFiles.ReadFolder(sushiResources);
        var definitions = resources.OfType<StructureDefinition>().ToList();
        var resolver = new CachedResolver(new MultiResolver(
            new InMemoryResourceResolver(resources.Where(ResourceFiles.IsConformance)),
            new ZipSource(RepoLayout.SpecificationZip)));
        var generator = new SnapshotGenerator(resolver, SnapshotGeneratorSettings.CreateDefault());

        // Extensions first: profiles reference them, and the generator reads their snapshots when it
        // expands extension slices. The same objects sit in the in-memory resolver, so it sees the result.
        foreach (var sd in definitions.OrderBy(d => d.Type == "Extension" ? 0 : 1).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            await generator.UpdateAsync(sd);
            var problems = generator.Outcome?.Issue
                .Where(i => i.Severity is OperationOutcome.IssueSeverity.Error or OperationOutcome.IssueSeverity.Fatal
                    or OperationOutcome.IssueSeverity.Warning)
                .ToList() ?? [];
            if (problems.Count > 0)
            {
                var text = string.Join("; ", problems.Select(i => $"{i.Details?.Text} @ {string.Join(",", i.Location)}"));
                throw new BuildFailedException($"snapshot of StructureDefinition/{sd.Id} failed: {text}");
            }
        }

        foreach (var guide in resources.OfType<ImplementationGuide>())
        {
            GuideResources.Fill(guide, resources);
        }

        ResourceFiles.ClearJson(profiles);
        ResourceFiles.ClearJson(examplesFolder);
        foreach (var resource in resources)
        {
            ResourceFiles.Write(ResourceFiles.IsConformance(resource) ? profiles : examplesFolder, resource);
        }

        var conformance = resources.Where(ResourceFiles.IsConformance).ToList();
        var examples = resources.Where(r => !ResourceFiles.IsConformance(r)).ToList();
        Console.WriteLine($"snapshots: {definitions.Count} StructureDefinitions, {conformance.Count} conformance resources, {examples.Count} examples");
        return (conformance, examples);
    }
}
