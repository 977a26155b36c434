using System.Globalization;
using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Claim.Data;
using OpenImis.Fhir.Modules.Shared;
using FeedbackRow = OpenImis.Fhir.Modules.Claim.Data.Feedback;

namespace OpenImis.Fhir.Modules.Claim.Feedback;

/// <summary>A claim selected for feedback as a CommunicationRequest; its stored answers (<c>tblFeedback</c>) as a Communication.</summary>
internal static class FeedbackMapper
{
    public static CommunicationRequest ToRequest(ClaimRow claim)
    {
        var request = new CommunicationRequest
        {
            Status = claim.FeedbackStatus switch
            {
                ClaimCodes.ReviewDelivered => RequestStatus.Completed,
                ClaimCodes.ReviewBypassed => RequestStatus.Revoked,
                _ => RequestStatus.Active,
            },
            StatusReason = new CodeableConcept
            {
                Coding = [new Coding(FeedbackIg.StatusSystem, claim.FeedbackStatus?.ToString(CultureInfo.InvariantCulture), StatusDisplay(claim.FeedbackStatus))],
            },
            Subject = Patient(claim),
            About = [new ResourceReference($"Claim/{claim.Uuid.ToLowerInvariant()}", claim.Code)],

            // openIMIS's module names the claim administrator; a claim without one still names who is asked.
            Recipient = [claim.ClaimAdmin is { } admin
                ? FhirReferences.To("Practitioner", admin.Uuid)
                : new ResourceReference { Display = "Enrolment officer" }],
        };
        request.Payload.AddRange(FeedbackIg.Questions.Select(q => new CommunicationRequest.PayloadComponent
        {
            Extension = [FeedbackIg.TypeExtension(q.Code)],
            Content = new FhirString(q.Question),
        }));
        return request;
    }

    public static Communication ToCommunication(FeedbackRow feedback)
    {
        var claim = feedback.Claim!;
        var communication = new Communication
        {
            Status = EventStatus.Completed,
            Subject = Patient(claim),
            About = [new ResourceReference($"Claim/{claim.Uuid.ToLowerInvariant()}", claim.Code)],
        };
        communication.Payload.AddRange(
        [
            Payload(FeedbackIg.CareRendered, YesNo(feedback.CareRendered)),
            Payload(FeedbackIg.PaymentAsked, YesNo(feedback.PaymentAsked)),
            Payload(FeedbackIg.DrugPrescribed, YesNo(feedback.DrugPrescribed)),
            Payload(FeedbackIg.DrugReceived, YesNo(feedback.DrugReceived)),
            Payload(FeedbackIg.Assessment, feedback.Assessment?.ToString(CultureInfo.InvariantCulture)),
        ]);
        return communication;
    }

    private static ResourceReference Patient(ClaimRow claim) =>
        new($"Patient/{claim.Insuree!.Uuid.ToLowerInvariant()}", claim.Insuree.ChfId);

    private static Communication.PayloadComponent Payload(string code, string? answer) => new()
    {
        Extension = [FeedbackIg.TypeExtension(code)],
        Content = new FhirString(answer ?? "unknown"),
    };

    private static string? YesNo(bool? answer) => answer switch
    {
        true => "yes",
        false => "no",
        null => null,
    };

    private static string StatusDisplay(short? status) => status switch
    {
        ClaimCodes.ReviewDelivered => "Delivered",
        ClaimCodes.ReviewBypassed => "Bypassed",
        _ => "Selected",
    };
}
