using OpenImis.Fhir.Core.Search;
using FhirSearchParameter = Hl7.Fhir.Model.SearchParameter;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>Serves the SearchParameter resources generated from the handlers' own declarations.</summary>
internal sealed class SearchParameterHandler(SearchParameterCatalog catalog) : ConformanceHandler<FhirSearchParameter>
{
    protected override IReadOnlyList<FhirSearchParameter> Resources => catalog.All;

    protected override IReadOnlyList<SearchParameter<FhirSearchParameter>> TypeParameters { get; } = ConformanceSearchParameters.SearchParameter();
}
