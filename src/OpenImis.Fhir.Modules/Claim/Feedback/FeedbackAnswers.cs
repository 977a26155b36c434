using System.Globalization;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Modules.Claim.Feedback;

/// <summary>
/// The five answers of a Communication, checked as openIMIS checks them (§5.2): status completed, the claim and the
/// patient referred to, exactly the five questions once each, yes/no for four of them and 0–5 for the assessment.
/// </summary>
internal sealed record FeedbackAnswers(
    string ClaimUuid, string PatientUuid, bool CareRendered, bool PaymentAsked, bool DrugPrescribed, bool DrugReceived, short Assessment)
{
    public static FeedbackAnswers From(Communication resource)
    {
        if (resource.Status != EventStatus.Completed)
        {
            throw FhirException.Unprocessable("Communication.status must be completed: feedback is stored as given.", "Communication.status");
        }

        var claim = resource.About.Count == 1 ? FhirReferences.IdOf(resource.About[0], "Claim", "Communication.about") : null;
        var patient = FhirReferences.IdOf(resource.Subject, "Patient", "Communication.subject");
        if (claim is null || patient is null)
        {
            throw FhirException.Unprocessable("Communication needs about = one Claim/<UUID> and subject = Patient/<UUID>.", "Communication.about");
        }

        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var payload in resource.Payload)
        {
            var code = FeedbackIg.TypeOf(payload);
            if (code is null || !FeedbackIg.Questions.Any(q => q.Code == code) || !byCode.TryAdd(code, (payload.Content as FhirString)?.Value ?? ""))
            {
                throw Payloads();
            }
        }

        if (byCode.Count != FeedbackIg.Questions.Count)
        {
            throw Payloads();
        }

        return new FeedbackAnswers(
            claim, patient, YesNo(byCode, FeedbackIg.CareRendered), YesNo(byCode, FeedbackIg.PaymentAsked), YesNo(byCode, FeedbackIg.DrugPrescribed),
            YesNo(byCode, FeedbackIg.DrugReceived), Score(byCode[FeedbackIg.Assessment]));
    }

    private static bool YesNo(Dictionary<string, string> answers, string code) => answers[code].Trim().ToLowerInvariant() switch
    {
        "yes" => true,
        "no" => false,
        _ => throw FhirException.Unprocessable($"Communication.payload: the answer to {code} must be 'yes' or 'no', not '{answers[code]}'.", "Communication.payload"),
    };

    private static short Score(string answer) =>
        short.TryParse(answer.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var score) && score is >= 0 and <= 5
            ? score
            : throw FhirException.Unprocessable($"Communication.payload: the assessment must be a whole number from 0 to 5, not '{answer}'.", "Communication.payload");

    private static FhirException Payloads() => FhirException.Unprocessable(
        $"Communication.payload must hold the five answers once each, typed by the communication-payload-type extension: {string.Join(", ", FeedbackIg.Questions.Select(q => q.Code))}.",
        "Communication.payload");
}
