namespace OpenImis.Fhir.Modules.Product.Data;

/// <summary>
/// The columns <c>tblProductItems</c> and <c>tblProductServices</c> share: the limits of one medical item or service
/// under a product (F fixed / C co-insurance for normal, referral (R) and emergency (E) care; P/O/R price origin).
/// The rows have no UUID: they are no resource of their own.
/// </summary>
internal abstract class CoveredLimits
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public string? LimitationType { get; set; }
    public string? PriceOrigin { get; set; }
    public decimal? LimitAdult { get; set; }
    public decimal? LimitChild { get; set; }
    public int? WaitingPeriodAdult { get; set; }
    public int? WaitingPeriodChild { get; set; }
    public int? LimitNoAdult { get; set; }
    public int? LimitNoChild { get; set; }
    public string? LimitationTypeR { get; set; }
    public string? LimitationTypeE { get; set; }
    public decimal? LimitAdultR { get; set; }
    public decimal? LimitAdultE { get; set; }
    public decimal? LimitChildR { get; set; }
    public decimal? LimitChildE { get; set; }
    public string? CeilingExclusionAdult { get; set; }
    public string? CeilingExclusionChild { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int AuditUserId { get; set; }
}
