using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.HealthFacility.Data;

/// <summary>A row of <c>tblHF</c>: a health facility in a district.</summary>
internal sealed class HealthFacility : IVersionedRow
{
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public string Code { get; set; } = string.Empty;
    public string Name { get; set; } = string.Empty;
    public string? AccountingCode { get; set; }
    public string Level { get; set; } = HealthFacilityCodes.LevelDispensary;
    public string? SubLevelCode { get; set; }
    public string LegalFormCode { get; set; } = string.Empty;
    public LegalForm? LegalForm { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Fax { get; set; }
    public string? Email { get; set; }
    public string CareType { get; set; } = HealthFacilityCodes.CareTypeBoth;
    public bool OffLine { get; set; }
    public int LocationId { get; set; }
    public Location.Data.Location? Location { get; set; }

    // The price lists are not in the guide; mapped only so that a history copy keeps them.
    public int? PriceListItemsId { get; set; }
    public int? PriceListServicesId { get; set; }
    public DateOnly? ContractStartDate { get; set; }
    public DateOnly? ContractEndDate { get; set; }
    public string Status { get; set; } = HealthFacilityCodes.StatusActive;
    public string? JsonExt { get; set; }
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int? AuditUserId { get; set; }
}
