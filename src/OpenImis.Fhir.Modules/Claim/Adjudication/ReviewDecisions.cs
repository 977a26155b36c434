using System.Globalization;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Claim.Data;

namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// Reads what a PUT ClaimResponse decides for each line (§2.4), every item of the body, not only the last one as
/// upstream keeps. A line is chosen by <c>itemSequence</c> (two lines may bill the same item) and its item reference,
/// when given, must name the line's item or service. Only categories 1 (rejected) and 4 (checked: the approved
/// quantity and price) are a reviewer's to write: 2 is what the facility asked, 8 and 16 are what valuation computes.
/// </summary>
internal static class ReviewDecisions
{
    private const string Rejected = "1";
    private const string Checked = "4";

    public static IReadOnlyList<ReviewDecision> Read(ClaimResponse resource, IReadOnlyList<ClaimLine> lines, ClaimResponseCodes codes)
    {
        var decisions = new List<ReviewDecision>();
        var seen = new HashSet<int>();
        for (var i = 0; i < resource.Item.Count; i++)
        {
            var item = resource.Item[i];
            var element = $"ClaimResponse.item[{i}]";
            if (item.ItemSequence is not { } sequence || sequence < 1 || sequence > lines.Count)
            {
                throw FhirException.Unprocessable(
                    $"{element}.itemSequence must number a line of the claim (1 to {lines.Count}: items, then services).", $"{element}.itemSequence");
            }

            if (!seen.Add(sequence))
            {
                throw FhirException.Unprocessable($"{element}: line {sequence} is adjudicated twice.", $"{element}.itemSequence");
            }

            var line = lines[sequence - 1];
            CheckTarget(item, line, element);
            if (Decide(item, sequence - 1, element, codes) is { } decision)
            {
                decisions.Add(decision);
            }
        }

        return decisions;
    }

    private static void CheckTarget(ClaimResponse.ItemComponent item, ClaimLine line, string element)
    {
        var given = item.GetExtensionValue<ResourceReference>(ClaimResponseCodes.ItemReference)?.Reference;
        var expected = ClaimResponseMapper.LineTarget(line).Reference;
        if (given is not null && !string.Equals(given, expected, StringComparison.OrdinalIgnoreCase))
        {
            throw FhirException.Unprocessable(
                $"{element}: line {item.ItemSequence} of the claim is {expected}, not {given}.", $"{element}.extension");
        }
    }

    private static ReviewDecision? Decide(ClaimResponse.ItemComponent item, int line, string element, ClaimResponseCodes codes)
    {
        var rejection = item.Adjudication.FindIndex(a => HasCategory(a, Rejected));
        if (rejection >= 0)
        {
            var adjudication = item.Adjudication[rejection];
            var reason = Reason(adjudication, $"{element}.adjudication[{rejection}].reason", codes);
            return reason == ClaimResponseCodes.Accepted
                ? throw FhirException.Unprocessable(
                    $"{element}.adjudication[{rejection}]: a rejection needs a rejection reason other than 0 (accepted); a reviewer's is -1.",
                    $"{element}.adjudication[{rejection}].reason")
                : new ReviewDecision(line, true, reason, null, null, adjudication.Reason?.Text);
        }

        var review = item.Adjudication.FindIndex(a => HasCategory(a, Checked));
        if (review < 0)
        {
            return null;
        }

        var approved = item.Adjudication[review];
        var path = $"{element}.adjudication[{review}]";
        if (approved.Reason is not null && Reason(approved, $"{path}.reason", codes) != ClaimResponseCodes.Accepted)
        {
            throw FhirException.Unprocessable($"{path}: an approval (category 4) has reason 0; reject with category 1.", $"{path}.reason");
        }

        var quantity = approved.Value;
        var price = approved.Amount?.Value;
        if (quantity is < 0 || price is < 0)
        {
            throw FhirException.Unprocessable($"{path}: the approved quantity and price cannot be negative.", path);
        }

        return new ReviewDecision(line, false, ClaimResponseCodes.Accepted, quantity, price, approved.Reason?.Text);
    }

    private static bool HasCategory(ClaimResponse.AdjudicationComponent adjudication, string code) =>
        adjudication.Category?.Coding.Any(c => c.Code == code && c.System is null or ClaimResponseCodes.StatusSystem) == true;

    private static short Reason(ClaimResponse.AdjudicationComponent adjudication, string element, ClaimResponseCodes codes)
    {
        var code = codes.RejectionReason.FromConcept(adjudication.Reason, element);
        return short.TryParse(code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var reason)
            ? reason
            : throw FhirException.Unprocessable($"{element}: a reason from {ClaimResponseCodes.RejectionReasonSystem} is required.", element);
    }
}
