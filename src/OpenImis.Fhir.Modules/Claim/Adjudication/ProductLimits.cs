namespace OpenImis.Fhir.Modules.Claim.Adjudication;

/// <summary>
/// Which of a product's deductibles and ceilings apply (§2.3): the general ones per treatment, insuree or policy,
/// else the in-patient set on a hospital visit and the out-patient set otherwise; a policy ceiling grows with the
/// members above the threshold up to its cap. Category caps apply to every claim category but V (visit).
/// </summary>
internal static class ProductLimits
{
    public static ValuationLimits For(
        Product.Data.Product p, bool hospitalVisit, int members, string? claimCategory, PreviousUsage insuree, PreviousUsage policy)
    {
        var (deductible, deductedBefore) = Deductible(p, hospitalVisit, insuree, policy);
        var (ceiling, remuneratedBefore) = Ceiling(p, hospitalVisit, members, insuree, policy);
        var cap = claimCategory switch
        {
            "S" => p.MaxAmountSurgery,
            "D" => p.MaxAmountDelivery,
            "A" => p.MaxAmountAntenatal,
            "H" => p.MaxAmountHospitalization,
            "C" => p.MaxAmountConsultation,
            _ => null,
        };
        return new ValuationLimits(deductible, deductedBefore, ceiling, remuneratedBefore, cap, insuree.RemCategory);
    }

    public static bool IsHospitalVisit(string? ceilingInterpretation, bool multiDay, string facilityLevel) =>
        (ceilingInterpretation == "I" && multiDay) || (ceilingInterpretation == "H" && facilityLevel == "H");

    private static (decimal?, decimal) Deductible(Product.Data.Product p, bool hospital, PreviousUsage insuree, PreviousUsage policy)
    {
        if (p.DedTreatment is > 0 || p.DedInsuree is > 0 || p.DedPolicy is > 0)
        {
            return p.DedTreatment is > 0 ? (p.DedTreatment, 0)
                : p.DedInsuree is > 0 ? (p.DedInsuree, insuree.DedG)
                : (p.DedPolicy, policy.DedG);
        }

        return hospital
            ? p.DedIPTreatment is > 0 ? (p.DedIPTreatment, 0) : p.DedIPInsuree is > 0 ? (p.DedIPInsuree, insuree.DedIP) : (p.DedIPPolicy, policy.DedIP)
            : p.DedOPTreatment is > 0 ? (p.DedOPTreatment, 0) : p.DedOPInsuree is > 0 ? (p.DedOPInsuree, insuree.DedOP) : (p.DedOPPolicy, policy.DedOP);
    }

    private static (decimal?, decimal) Ceiling(Product.Data.Product p, bool hospital, int members, PreviousUsage insuree, PreviousUsage policy)
    {
        if (p.MaxTreatment is > 0 || p.MaxInsuree is > 0 || p.MaxPolicy is > 0)
        {
            return p.MaxTreatment is > 0 ? (p.MaxTreatment, 0)
                : p.MaxInsuree is > 0 ? (p.MaxInsuree, insuree.RemG)
                : (PolicyCeiling(p.MaxPolicy!.Value, p.Threshold, members, p.MaxPolicyExtraMember, p.MaxCeilingPolicy), policy.RemG);
        }

        return hospital
            ? p.MaxIPTreatment is > 0 ? (p.MaxIPTreatment, 0) : p.MaxIPInsuree is > 0 ? (p.MaxIPInsuree, insuree.RemIP)
                : p.MaxIPPolicy is > 0 ? (PolicyCeiling(p.MaxIPPolicy.Value, p.Threshold, members, p.MaxPolicyExtraMemberIP, p.MaxCeilingPolicyIP), policy.RemIP) : (null, 0)
            : p.MaxOPTreatment is > 0 ? (p.MaxOPTreatment, 0) : p.MaxOPInsuree is > 0 ? (p.MaxOPInsuree, insuree.RemOP)
                : p.MaxOPPolicy is > 0 ? (PolicyCeiling(p.MaxOPPolicy.Value, p.Threshold, members, p.MaxPolicyExtraMemberOP, p.MaxCeilingPolicyOP), policy.RemOP) : (null, 0);
    }

    /// <summary>A policy ceiling: the base, plus the extra-member amount for each member above the threshold, capped.</summary>
    public static decimal PolicyCeiling(decimal max, int? threshold, int members, decimal? extraMember, decimal? cap)
    {
        if (threshold is not { } t || members <= t || extraMember is not { } extra)
        {
            return max;
        }

        var ceiling = max + ((members - t) * extra);
        return cap is > 0 ? Math.Min(ceiling, cap.Value) : ceiling;
    }
}
