using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Rest.Bundles;

namespace OpenImis.Fhir.Server.Endpoints;

/// <summary><c>POST [base]</c>: a batch or transaction Bundle.</summary>
internal static class SystemInteractions
{
    public static async Task<IResult> BundleAsync(HttpContext context, BundleInteractions bundles)
    {
        var response = FhirRequest.From(context);
        var body = await RequestBody.ReadResourceAsync(context, context.RequestAborted);
        if (body is not Bundle bundle)
        {
            throw FhirException.BadRequest($"POST [base] takes a batch or transaction Bundle, not a {body.TypeName}.");
        }

        var name = bundle.Type == Bundle.BundleType.Batch ? "batch" : "transaction";
        var result = await Interaction.RunAsync(
            context, "Bundle", name,
            () => bundles.ExecuteAsync(bundle, new BundleContext(response.BaseUrl, response.Return, response.Strict), context.RequestAborted),
            r => r.Entry.Count);
        return new FhirResult(StatusCodes.Status200OK, result, response);
    }
}
