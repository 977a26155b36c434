using OpenImis.Fhir.Core.Terminology;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary>The terminology operations: $lookup, $expand, $validate-code and $translate (GET or POST).</summary>
internal static class TerminologyInteractions
{
    public static async Task<IResult> LookupAsync(HttpContext context, CodeSystemLookup lookup)
    {
        var request = FhirRequest.From(context);
        var input = await OperationInput.ReadAsync(context, "CodeSystem", "$lookup");
        return new FhirResult(StatusCodes.Status200OK, await lookup.LookupAsync(input), request);
    }

    public static async Task<IResult> ExpandAsync(HttpContext context, ValueSetExpansions expansions, string? id)
    {
        var request = FhirRequest.From(context);
        var input = await OperationInput.ReadAsync(context, "ValueSet", "$expand");
        return new FhirResult(StatusCodes.Status200OK, await expansions.ExpandAsync(input, id), request);
    }

    public static async Task<IResult> ValidateCodeAsync(HttpContext context, ValueSetExpansions expansions, string? id)
    {
        var request = FhirRequest.From(context);
        var input = await OperationInput.ReadAsync(context, "ValueSet", "$validate-code");
        return new FhirResult(StatusCodes.Status200OK, await expansions.ValidateCodeAsync(input, id), request);
    }

    public static async Task<IResult> TranslateAsync(HttpContext context, ConceptTranslator translator, string? id)
    {
        var request = FhirRequest.From(context);
        var input = await OperationInput.ReadAsync(context, "ConceptMap", "$translate");
        return new FhirResult(StatusCodes.Status200OK, translator.Translate(input, id), request);
    }
}
