using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>
/// A row of <c>tblClaim</c>: a health facility's claim for one insuree's visit. Every column but <c>RowID</c> is
/// mapped, so that a history copy keeps what openIMIS stored. Rows of other modules' tables (insuree, facility,
/// claim administrator, diagnoses) are navigations: the Claim module depends on those modules.
/// </summary>
internal sealed class ClaimRow : IVersionedRow
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public string Code { get; set; } = string.Empty;

    /// <summary>1 Rejected, 2 Entered, 4 Checked, 8 Processed, 16 Valuated (<see cref="ClaimCodes"/>).</summary>
    public short Status { get; set; }

    public string? Category { get; set; }
    public DateOnly DateFrom { get; set; }
    public DateOnly? DateTo { get; set; }
    public DateOnly DateClaimed { get; set; }
    public DateOnly? DateProcessed { get; set; }
    public string? Adjustment { get; set; }
    public decimal? Claimed { get; set; }
    public decimal? Approved { get; set; }
    public decimal? Reinsured { get; set; }
    public decimal? Valuated { get; set; }
    public decimal? Remunerated { get; set; }
    public bool Feedback { get; set; }
    public string? Explanation { get; set; }

    /// <summary>Review and feedback status: 1 Idle, 2 Not selected, 4 Selected, 8 Delivered, 16 Bypassed.</summary>
    public short? FeedbackStatus { get; set; }
    public short? ReviewStatus { get; set; }
    public short? ApprovalStatus { get; set; }
    public short? RejectionReason { get; set; }
    public DateTime? ValidityFromReview { get; set; }
    public DateTime? ValidityToReview { get; set; }
    public DateTime? SubmitStamp { get; set; }
    public DateTime? ProcessStamp { get; set; }
    public string? GuaranteeId { get; set; }

    /// <summary>E emergency, R referral, O other.</summary>
    public string? VisitType { get; set; }
    public int? AuditUserIdReview { get; set; }
    public int? AuditUserIdSubmit { get; set; }
    public int? AuditUserIdProcess { get; set; }

    /// <summary><c>tblUsers.UserID</c> of the adjuster; openIMIS users are not mapped.</summary>
    public int? Adjuster { get; set; }
    public int? ClaimAdminId { get; set; }
    public ClaimAdministrator.Data.ClaimAdmin? ClaimAdmin { get; set; }

    /// <summary><c>tblBatchRun.RunID</c>; batch runs are not mapped.</summary>
    public int? RunId { get; set; }
    public int? FeedbackId { get; set; }
    public int HealthFacilityId { get; set; }
    public HealthFacility.Data.HealthFacility? HealthFacility { get; set; }
    public int DiagnosisId { get; set; }
    public Medical.Data.Diagnosis? Diagnosis { get; set; }
    public int? Diagnosis1Id { get; set; }
    public Medical.Data.Diagnosis? Diagnosis1 { get; set; }
    public int? Diagnosis2Id { get; set; }
    public Medical.Data.Diagnosis? Diagnosis2 { get; set; }
    public int? Diagnosis3Id { get; set; }
    public Medical.Data.Diagnosis? Diagnosis3 { get; set; }
    public int? Diagnosis4Id { get; set; }
    public Medical.Data.Diagnosis? Diagnosis4 { get; set; }
    public int InsureeId { get; set; }
    public Insuree.Data.Insuree? Insuree { get; set; }
    public string? JsonExt { get; set; }
    public int? ReferFromId { get; set; }
    public int? ReferToId { get; set; }
    public string? CareType { get; set; }
    public int? RestoredClaimId { get; set; }
    public bool? PreAuthorization { get; set; }
    public string? PatientCondition { get; set; }
    public string? ReferralCode { get; set; }
    public List<ClaimItem> Items { get; set; } = [];
    public List<ClaimService> Services { get; set; } = [];
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
