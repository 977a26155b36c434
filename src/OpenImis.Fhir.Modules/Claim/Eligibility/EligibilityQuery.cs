using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Claim.Eligibility;

/// <summary>
/// What a CoverageEligibilityRequest asks: the insuree (<c>Patient/&lt;UUID&gt;</c>, or <c>Patient/&lt;CHFID&gt;</c> as
/// openIMIS's module reads it), at most one item code and one service code (the profile's slices), and the
/// identifier and insurer the response echoes.
/// </summary>
internal sealed record EligibilityQuery(string Patient, string? ItemCode, string? ServiceCode, Identifier? Identifier, ResourceReference Insurer)
{
    public static EligibilityQuery From(CoverageEligibilityRequest request)
    {
        var patient = request.Patient?.Reference?.Split('/') is ["Patient", { Length: > 0 } id] ? id
            : throw FhirException.Unprocessable(
                "CoverageEligibilityRequest.patient must be Patient/<openIMIS UUID> or Patient/<CHFID>.", "CoverageEligibilityRequest.patient");
        string? item = null, service = null;
        foreach (var line in request.Item)
        {
            var category = line.Category?.Coding.FirstOrDefault(c => c.System == EligibilityIg.ItemCategorySystem)?.Code;
            var code = line.ProductOrService?.Text;
            if (string.IsNullOrWhiteSpace(code) || category is not (EligibilityIg.Item or EligibilityIg.Service)
                || (category == EligibilityIg.Item ? item : service) is not null)
            {
                throw FhirException.Unprocessable(
                    "CoverageEligibilityRequest.item: each item needs a category item or service (at most one of each) and the code in productOrService.text.",
                    "CoverageEligibilityRequest.item");
            }

            if (category == EligibilityIg.Item)
            {
                item = code.Trim();
            }
            else
            {
                service = code.Trim();
            }
        }

        var insurer = request.Insurer is { Reference.Length: > 0 } given ? given
            : throw FhirException.Unprocessable("CoverageEligibilityRequest.insurer must refer to the insurance Organization.", "CoverageEligibilityRequest.insurer");
        var identifier = request.Identifier.FirstOrDefault(i => IgIdentifiers.HasType(i, IgIdentifiers.Uuid));
        return new EligibilityQuery(patient, item, service, identifier, insurer);
    }
}
