using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Core.Conformance;

/// <summary>
/// The search parameters of the conformance types, evaluated in memory over the loaded resources. Each implements
/// the R4 core parameter of the same code, whose canonical URL it names.
/// </summary>
internal static class ConformanceSearchParameters
{
    public static IReadOnlyList<SearchParameter<T>> Common<T>()
        where T : Resource, IVersionableConformanceResource =>
    [
        SearchParameters.Token<T>("_id", "Resource.id", "Logical id of this artifact", t => r => t.Code != null && r.Id == t.Code)
            .WithDefinition(CoreSearchParameters.Id).Identifying(r => r.Id),
        SearchParameters.Uri<T>("url", $"{typeof(T).Name}.url", "The canonical URL", r => r.Url)
            .WithDefinition(CoreSearchParameters.Url),
        SearchParameters.Token<T>("version", $"{typeof(T).Name}.version", "The business version", t => r => t.Code == null || r.Version == t.Code)
            .WithDefinition(CoreSearchParameters.Version),
        SearchParameters.Text<T>("name", $"{typeof(T).Name}.name", "The computationally friendly name", r => r.Name)
            .WithDefinition(CoreSearchParameters.Name),
    ];

    public static IReadOnlyList<SearchParameter<StructureDefinition>> StructureDefinition() =>
    [
        SearchParameters.Uri<StructureDefinition>("type", "StructureDefinition.type", "The type the profile constrains", sd => sd.Type)
            .WithDefinition(CoreSearchParameters.StructureDefinitionType),
    ];

    public static IReadOnlyList<SearchParameter<Hl7.Fhir.Model.SearchParameter>> SearchParameter() =>
    [
        SearchParameters.Token<Hl7.Fhir.Model.SearchParameter>("type", "SearchParameter.type", "The parameter's type (string, token, date...)",
            t => sp => t.Code == null || (sp.Type != null && sp.Type.GetLiteral() == t.Code))
            .WithDefinition(CoreSearchParameters.SearchParameterType),
        SearchParameters.Token<Hl7.Fhir.Model.SearchParameter>("base", "SearchParameter.base", "A resource type the parameter applies to",
            t => sp => t.Code == null || sp.Base.Any(b => b != null && b.GetLiteral() == t.Code))
            .WithDefinition(CoreSearchParameters.SearchParameterBase),
        SearchParameters.Token<Hl7.Fhir.Model.SearchParameter>("code", "SearchParameter.code", "The code used in the URL",
            t => sp => t.Code == null || sp.Code == t.Code)
            .WithDefinition(CoreSearchParameters.SearchParameterCode),
    ];
}
