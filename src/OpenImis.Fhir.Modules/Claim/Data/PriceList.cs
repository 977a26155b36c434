namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>
/// A row of <c>tblPLItems</c> or <c>tblPLServices</c>: a health facility's price list (<c>tblHF.PLItemID</c>,
/// <c>PLServiceID</c>). A claim line whose item or service is not on the facility's list is rejected (codes 1, 2).
/// </summary>
internal abstract class PriceList
{
    public int Id { get; set; }
    public Guid Uuid { get; set; }
    public string Name { get; set; } = string.Empty;
    public DateOnly DatePL { get; set; }
    public int? LocationId { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int AuditUserId { get; set; }
}
