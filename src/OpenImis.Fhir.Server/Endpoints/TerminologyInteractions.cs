using OpenImis.Fhir.Core.Security;
using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>
/// The terminology operations: $lookup, $expand, $validate-code and $translate (GET or POST). Each reads the
/// terminology resource it works on, so it needs r on CodeSystem, ValueSet or ConceptMap.
/// </summary>
internal static class TerminologyInteractions
{
    public static async Task<IResult> LookupAsync(HttpContext context, CodeSystemLookup lookup)
    {
        var request = FhirRequest.From(context);
        Demand(context, "CodeSystem", "$lookup");
        var input = await OperationInput.ReadAsync(context, "CodeSystem", "$lookup");
        return new FhirResult(StatusCodes.Status200OK, await lookup.LookupAsync(input), request);
    }

    public static async Task<IResult> ExpandAsync(HttpContext context, ValueSetExpansions expansions, string? id)
    {
        var request = FhirRequest.From(context);
        Demand(context, "ValueSet", "$expand");
        var input = await OperationInput.ReadAsync(context, "ValueSet", "$expand");
        return new FhirResult(StatusCodes.Status200OK, await expansions.ExpandAsync(input, id), request);
    }

    public static async Task<IResult> ValidateCodeAsync(HttpContext context, ValueSetExpansions expansions, string? id)
    {
        var request = FhirRequest.From(context);
        Demand(context, "ValueSet", "$validate-code");
        var input = await OperationInput.ReadAsync(context, "ValueSet", "$validate-code");
        return new FhirResult(StatusCodes.Status200OK, await expansions.ValidateCodeAsync(input, id), request);
    }

    public static async Task<IResult> TranslateAsync(HttpContext context, ConceptTranslator translator, string? id)
    {
        var request = FhirRequest.From(context);
        Demand(context, "ConceptMap", "$translate");
        var input = await OperationInput.ReadAsync(context, "ConceptMap", "$translate");
        return new FhirResult(StatusCodes.Status200OK, translator.Translate(input, id), request);
    }

    private static void Demand(HttpContext context, string type, string operation) =>
        context.RequestServices.GetRequiredService<AccessPolicy>().Demand(type, ScopeInteraction.Read, $"{operation} (it reads {type})");
}
