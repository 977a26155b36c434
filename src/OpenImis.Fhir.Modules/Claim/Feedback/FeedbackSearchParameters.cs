using System.Linq.Expressions;
using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Claim.Data;
using FeedbackRow = OpenImis.Fhir.Modules.Claim.Data.Feedback;

namespace OpenImis.Fhir.Modules.Claim.Feedback;

/// <summary>The CommunicationRequest (over <c>tblClaim</c>) and Communication (over <c>tblFeedback</c>) search parameters.</summary>
internal static class FeedbackSearchParameters
{
    public static IReadOnlyList<SearchParameter<ClaimRow>> Request { get; } =
    [
        SearchParameters.Reference<ClaimRow>("patient", "CommunicationRequest.subject", "The insuree asked for feedback",
            r => r.Type is null or "Patient" ? Predicates.UuidEquals<ClaimRow>(c => c.Insuree!.Uuid, r.Id) : Predicates.False<ClaimRow>())
            .Referring("Patient", c => c.Insuree!.Uuid),
        SearchParameters.Reference<ClaimRow>("subject", "CommunicationRequest.subject", "The insuree asked for feedback",
            r => r.Type is null or "Patient" ? Predicates.UuidEquals<ClaimRow>(c => c.Insuree!.Uuid, r.Id) : Predicates.False<ClaimRow>())
            .Referring("Patient", c => c.Insuree!.Uuid),
        SearchParameters.Token<ClaimRow>("status", "CommunicationRequest.status", "active (selected), completed (delivered) or revoked (bypassed)",
            t => Status(t.Code)),
    ];

    public static IReadOnlyList<SearchParameter<FeedbackRow>> Communication { get; } =
    [
        SearchParameters.Reference<FeedbackRow>("patient", "Communication.subject", "The insuree who answered",
            r => r.Type is null or "Patient" ? Predicates.UuidEquals<FeedbackRow>(f => f.Claim!.Insuree!.Uuid, r.Id) : Predicates.False<FeedbackRow>())
            .Referring("Patient", f => f.Claim!.Insuree!.Uuid),
        SearchParameters.Reference<FeedbackRow>("subject", "Communication.subject", "The insuree who answered",
            r => r.Type is null or "Patient" ? Predicates.UuidEquals<FeedbackRow>(f => f.Claim!.Insuree!.Uuid, r.Id) : Predicates.False<FeedbackRow>())
            .Referring("Patient", f => f.Claim!.Insuree!.Uuid),
    ];

    private static Expression<Func<ClaimRow, bool>> Status(string? code) => code switch
    {
        "active" => c => c.FeedbackStatus == ClaimCodes.ReviewSelected,
        "completed" => c => c.FeedbackStatus == ClaimCodes.ReviewDelivered,
        "revoked" => c => c.FeedbackStatus == ClaimCodes.ReviewBypassed,
        _ => Predicates.False<ClaimRow>(),
    };
}
