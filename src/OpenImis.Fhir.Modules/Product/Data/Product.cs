using OpenImis.Fhir.Core.Data;

namespace OpenImis.Fhir.Modules.Product.Data;

/// <summary>
/// A row of <c>tblProduct</c>: every column but <c>RowID</c>, so that a history copy keeps everything openIMIS
/// stored. Columns the guide has no element for (ceilings, deductibles, levels, weights, account codes) are carried
/// through unchanged by updates.
/// </summary>
internal sealed class Product : IVersionedRow
{
    public DateTime ValidityFrom { get; set; }
    public DateTime? ValidityTo { get; set; }
    public int? LegacyId { get; set; }
    public int Id { get; set; }
    public string Uuid { get; set; } = string.Empty;
    public string ProductCode { get; set; } = string.Empty;
    public string ProductName { get; set; } = string.Empty;
    public DateTime DateFrom { get; set; }
    public DateTime DateTo { get; set; }
    public decimal LumpSum { get; set; }
    public short MemberCount { get; set; }
    public decimal? PremiumAdult { get; set; }
    public decimal? PremiumChild { get; set; }
    public decimal? DedInsuree { get; set; }
    public decimal? DedOPInsuree { get; set; }
    public decimal? DedIPInsuree { get; set; }
    public decimal? MaxInsuree { get; set; }
    public decimal? MaxOPInsuree { get; set; }
    public decimal? MaxIPInsuree { get; set; }
    public string? PeriodRelPrices { get; set; }
    public string? PeriodRelPricesOP { get; set; }
    public string? PeriodRelPricesIP { get; set; }
    public string? AccCodePremiums { get; set; }
    public string? AccCodeRemuneration { get; set; }
    public decimal? DedTreatment { get; set; }
    public decimal? DedOPTreatment { get; set; }
    public decimal? DedIPTreatment { get; set; }
    public decimal? MaxTreatment { get; set; }
    public decimal? MaxOPTreatment { get; set; }
    public decimal? MaxIPTreatment { get; set; }
    public decimal? DedPolicy { get; set; }
    public decimal? DedOPPolicy { get; set; }
    public decimal? DedIPPolicy { get; set; }
    public decimal? MaxPolicy { get; set; }
    public decimal? MaxOPPolicy { get; set; }
    public decimal? MaxIPPolicy { get; set; }
    public int GracePeriod { get; set; }
    public int? MaxNoConsultation { get; set; }
    public int? MaxNoSurgery { get; set; }
    public int? MaxNoDelivery { get; set; }
    public int? MaxNoHospitalization { get; set; }
    public int? MaxNoVisits { get; set; }
    public decimal? MaxAmountConsultation { get; set; }
    public decimal? MaxAmountSurgery { get; set; }
    public decimal? MaxAmountDelivery { get; set; }
    public decimal? MaxAmountHospitalization { get; set; }
    public int? GracePeriodRenewal { get; set; }
    public int? MaxInstallments { get; set; }
    public int? WaitingPeriod { get; set; }
    public int? Threshold { get; set; }
    public int? RenewalDiscountPerc { get; set; }
    public int? RenewalDiscountPeriod { get; set; }
    public decimal? MaxPolicyExtraMember { get; set; }
    public decimal? MaxPolicyExtraMemberIP { get; set; }
    public decimal? MaxPolicyExtraMemberOP { get; set; }
    public decimal? MaxCeilingPolicy { get; set; }
    public decimal? MaxCeilingPolicyIP { get; set; }
    public decimal? MaxCeilingPolicyOP { get; set; }
    public int? EnrolmentDiscountPerc { get; set; }
    public int? EnrolmentDiscountPeriod { get; set; }
    public decimal? MaxAmountAntenatal { get; set; }
    public int? MaxNoAntenatal { get; set; }
    public string? CeilingInterpretation { get; set; }
    public int? LocationId { get; set; }
    public int? AdministrationPeriod { get; set; }
    public int? ConversionProductId { get; set; }
    public decimal? GeneralAssemblyFee { get; set; }
    public decimal? GeneralAssemblyLumpSum { get; set; }
    public short InsurancePeriod { get; set; }
    public string? Level1 { get; set; }
    public string? Level2 { get; set; }
    public string? Level3 { get; set; }
    public string? Level4 { get; set; }
    public string? Sublevel1 { get; set; }
    public string? Sublevel2 { get; set; }
    public string? Sublevel3 { get; set; }
    public string? Sublevel4 { get; set; }
    public decimal? RegistrationFee { get; set; }
    public decimal? RegistrationLumpSum { get; set; }
    public decimal? ShareContribution { get; set; }
    public string? StartCycle1 { get; set; }
    public string? StartCycle2 { get; set; }
    public string? StartCycle3 { get; set; }
    public string? StartCycle4 { get; set; }
    public decimal? WeightAdjustedAmount { get; set; }
    public decimal? WeightInsuredPopulation { get; set; }
    public decimal? WeightNumberFamilies { get; set; }
    public decimal? WeightNumberInsuredFamilies { get; set; }
    public decimal? WeightNumberVisits { get; set; }
    public decimal? WeightPopulation { get; set; }
    public short? Recurrence { get; set; }
    public string? CeilingType { get; set; }
    public int? AuditUserId { get; set; }
    public Location.Data.Location? Location { get; set; }
    public Product? ConversionProduct { get; set; }
}
