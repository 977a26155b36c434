namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>
/// The columns <c>tblClaimItems</c> and <c>tblClaimServices</c> share: one line of a claim, with what was asked,
/// what the rule engine and review decided, and what valuation paid. Versioned, without a UUID of its own.
/// </summary>
internal abstract class ClaimLine
{
    public int Id { get; set; }
    public int ClaimId { get; set; }
    public ClaimRow? Claim { get; set; }

    /// <summary>1 Passed, 2 Rejected (<see cref="ClaimCodes"/>).</summary>
    public short Status { get; set; }
    public decimal QtyProvided { get; set; }
    public decimal? QtyApproved { get; set; }
    public decimal PriceAsked { get; set; }
    public decimal? PriceAdjusted { get; set; }
    public decimal? PriceApproved { get; set; }
    public decimal? PriceValuated { get; set; }
    public string? Explanation { get; set; }
    public string? Justification { get; set; }

    /// <summary>The rule engine's rejection reason code (§1.7 of the workflow notes: 0 accepted, 1–19).</summary>
    public short? RejectionReason { get; set; }
    public DateTime? ValidityFromReview { get; set; }
    public DateTime? ValidityToReview { get; set; }
    public int? AuditUserIdReview { get; set; }
    public decimal? LimitationValue { get; set; }
    public string? Limitation { get; set; }
    public decimal? RemuneratedAmount { get; set; }
    public decimal? DeductableAmount { get; set; }
    public decimal? ExceedCeilingAmount { get; set; }
    public string? PriceOrigin { get; set; }
    public decimal? ExceedCeilingAmountCategory { get; set; }
    public int? PolicyId { get; set; }
    public Policy.Data.PolicyRow? Policy { get; set; }
    public int? ProductId { get; set; }
    public string? JsonExt { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int AuditUserId { get; set; }
}
