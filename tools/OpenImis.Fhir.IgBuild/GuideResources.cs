using Hl7.Fhir.Model;

namespace OpenImis.Fhir.IgBuild;

/// <summary>
/// Fills ImplementationGuide.definition.resource from the resources SUSHI generated, so the guide's
/// table of contents is derived and can never miss a profile or an example.
/// </summary>
internal static class GuideResources
{
    public static void Fill(ImplementationGuide guide, IEnumerable<Resource> resources)
    {
        guide.Definition ??= new ImplementationGuide.DefinitionComponent();
        guide.Definition.Resource =
        [
            .. resources
                .Where(r => r is not ImplementationGuide)
                .OrderBy(r => r.TypeName, StringComparer.Ordinal)
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .Select(Entry),
        ];
    }

    private static ImplementationGuide.ResourceComponent Entry(Resource resource)
    {
        var entry = new ImplementationGuide.ResourceComponent
        {
            Reference = new ResourceReference($"{resource.TypeName}/{resource.Id}"),
        };
        if (resource is IConformanceResource conformance)
        {
            entry.Name = Title(resource) ?? conformance.Name;
            entry.Description = conformance.Description;
            entry.Example = new FhirBoolean(false);
        }
        else
        {
            // An example names the profile it illustrates, which the IG resource records as exampleCanonical.
            entry.Name = resource.Id;
            var profile = resource.Meta?.Profile.FirstOrDefault();
            entry.Example = profile is null ? new FhirBoolean(true) : new Canonical(profile);
        }

        return entry;
    }

    private static string? Title(Resource resource) => resource switch
    {
        StructureDefinition sd => sd.Title,
        CodeSystem cs => cs.Title,
        ValueSet vs => vs.Title,
        CapabilityStatement cs => cs.Title,
        _ => null,
    };
}
