using OpenImis.Fhir.Modules.Claim.Data;

namespace OpenImis.Fhir.Modules.Claim.Eligibility;

/// <summary>
/// A claim category the product limits by count (<c>MaxNo*</c>) and, except visits, by amount (<c>MaxAmount*</c>,
/// used up in <c>tblClaimDedRem.Rem*</c>), with the guide's benefit-type codes for what is left of each.
/// </summary>
internal sealed record BenefitCategory(
    string ClaimCategory,
    string CountCode,
    string? AmountCode,
    Func<Product.Data.Product, int?> MaxCount,
    Func<Product.Data.Product, decimal?> MaxAmount,
    Func<ClaimDedRem, decimal?> Used)
{
    public const string Visit = "V";

    /// <summary>The six categories in the order the response lists them.</summary>
    public static readonly IReadOnlyList<BenefitCategory> All =
    [
        new("H", "admissions_left", "hospitalization_amount", p => p.MaxNoHospitalization, p => p.MaxAmountHospitalization, d => d.RemHospitalization),
        new(Visit, "visits_left", null, p => p.MaxNoVisits, _ => null, _ => null),
        new("C", "consultations_left", "consultation_amount", p => p.MaxNoConsultation, p => p.MaxAmountConsultation, d => d.RemConsult),
        new("S", "surgeries_left", "surgery_amount", p => p.MaxNoSurgery, p => p.MaxAmountSurgery, d => d.RemSurgery),
        new("D", "deliveries_left", "delivery_amount", p => p.MaxNoDelivery, p => p.MaxAmountDelivery, d => d.RemDelivery),
        new("A", "antenatal_left", "antenatal_amount", p => p.MaxNoAntenatal, p => p.MaxAmountAntenatal, d => d.RemAntenatal),
    ];

    public static BenefitCategory? Of(string? serviceCategory) => All.FirstOrDefault(c => c.ClaimCategory == serviceCategory);
}
