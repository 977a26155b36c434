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
    public static async Task<int> RunAsync(RepoLayout repo)
    {
        if (!Directory.Exists(repo.SushiResources))
        {
            throw new BuildFailedException($"{repo.SushiResources} is missing: run SUSHI first (ig/build.sh does)");
        }

        var resources = ResourceFiles.ReadFolder(repo.SushiResources);
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

        ResourceFiles.ClearJson(repo.Profiles);
        ResourceFiles.ClearJson(repo.Examples);
        foreach (var resource in resources)
        {
            ResourceFiles.Write(ResourceFiles.IsConformance(resource) ? repo.Profiles : repo.Examples, resource);
        }

        ProfileFolder.Written(resources.Where(ResourceFiles.IsConformance), resources.Where(r => !ResourceFiles.IsConformance(r)));
        var examples = resources.Count(r => !ResourceFiles.IsConformance(r));
        Console.WriteLine($"snapshots: {definitions.Count} StructureDefinitions, {resources.Count - examples} conformance resources, {examples} examples");
        return 0;
    }
}
