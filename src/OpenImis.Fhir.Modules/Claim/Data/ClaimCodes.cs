namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>The codes openIMIS stores in <c>tblClaim</c>, <c>tblClaimItems</c> and <c>tblClaimServices</c>.</summary>
internal static class ClaimCodes
{
    public const short StatusRejected = 1;
    public const short StatusEntered = 2;
    public const short StatusChecked = 4;
    public const short StatusProcessed = 8;
    public const short StatusValuated = 16;

    /// <summary>A line's <c>ClaimItemStatus</c>/<c>ClaimServiceStatus</c>.</summary>
    public const short LinePassed = 1;
    public const short LineRejected = 2;

    /// <summary><c>ReviewStatus</c> and <c>FeedbackStatus</c>.</summary>
    public const short ReviewIdle = 1;
    public const short ReviewNotSelected = 2;
    public const short ReviewSelected = 4;
    public const short ReviewDelivered = 8;
    public const short ReviewBypassed = 16;
}
