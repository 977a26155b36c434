using Hl7.Fhir.Model;
using OpenImis.Fhir.IntegrationTests.Infrastructure;

namespace OpenImis.Fhir.IntegrationTests.Conformance;

/// <summary>Reads what a server serves, as a client would: the CapabilityStatement and every resource of a type, page by page.</summary>
internal static class ServedConformance
{
    public static readonly string[] Types =
        ["StructureDefinition", "CapabilityStatement", "ConceptMap", "SearchParameter", "CodeSystem", "ValueSet", "ImplementationGuide"];

    public static async Task<CapabilityStatement> MetadataAsync(HttpClient client) =>
        await FhirHttp.ReadAsync<CapabilityStatement>(await client.GetAsync("/fhir/metadata"));

    public static async Task<List<Resource>> AllAsync(HttpClient client, string type)
    {
        var served = new List<Resource>();
        var next = $"/fhir/{type}?_count=200";
        while (next is not null)
        {
            var bundle = await FhirHttp.ReadAsync<Bundle>(await client.GetAsync(next));
            served.AddRange(bundle.Entry.Select(e => e.Resource!));
            next = bundle.Link.FirstOrDefault(l => l.Relation == "next")?.Url;
        }

        return served;
    }
}
