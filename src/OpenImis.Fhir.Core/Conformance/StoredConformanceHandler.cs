using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>Serves one type of the conformance store: StructureDefinition, CodeSystem, ValueSet, ConceptMap, ...</summary>
internal sealed class StoredConformanceHandler<T>(ConformanceStore store) : ConformanceHandler<T>
    where T : Resource, IVersionableConformanceResource
{
    private readonly IReadOnlyList<T> _resources = [.. store.All<T>()];

    protected override IReadOnlyList<T> Resources => _resources;

    protected override IReadOnlyList<SearchParameter<T>> TypeParameters =>
        typeof(T) == typeof(StructureDefinition)
            ? (IReadOnlyList<SearchParameter<T>>)ConformanceSearchParameters.StructureDefinition()
            : [];
}
