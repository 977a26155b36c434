namespace OpenImis.Fhir.Modules.Claim.Data;

/// <summary>
/// A row of <c>tblPLItemsDetail</c> or <c>tblPLServicesDetail</c>: one item or service on a price list, with the
/// price that overrules the item's or service's own (<c>PriceOverule</c>, openIMIS's spelling) when set.
/// </summary>
internal abstract class PriceListDetail
{
    public int Id { get; set; }
    public int PriceListId { get; set; }

    /// <summary>The item (<c>tblItems</c>) or service (<c>tblServices</c>) id.</summary>
    public int MedicalId { get; set; }
    public decimal? PriceOverrule { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int AuditUserId { get; set; }
}
