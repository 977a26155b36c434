namespace OpenImis.Fhir.Modules.Claim.Submission;

/// <summary>
/// The deductible and ceiling that apply to one policy's lines of a claim (§2.3): per treatment, per insuree or per
/// policy, general first, else the in-patient set for a hospital visit or the out-patient set; with what earlier
/// claims already took from them.
/// </summary>
internal sealed record Deductibles(decimal? Deductible, decimal PreviousDeducted, decimal? Ceiling, decimal PreviousRemunerated)
{
    /// <summary>The amounts earlier claims booked on the policy: all of them, and the insuree's own.</summary>
    internal sealed record Usage(decimal DedPolicy, decimal DedInsuree, decimal RemPolicy, decimal RemInsuree);

    public static Deductibles For(Product.Data.Product p, bool hospital, Usage general, Usage split, int members)
    {
        var (deductible, previousDeducted) =
            p.DedTreatment is { } t ? (t, 0m)
            : p.DedInsuree is { } i ? (i, general.DedInsuree)
            : p.DedPolicy is { } d ? (d, general.DedPolicy)
            : hospital ? Pick(p.DedIPTreatment, p.DedIPInsuree, p.DedIPPolicy, split.DedInsuree, split.DedPolicy)
            : Pick(p.DedOPTreatment, p.DedOPInsuree, p.DedOPPolicy, split.DedInsuree, split.DedPolicy);
        var (ceiling, previousRemunerated) =
            p.MaxTreatment is { } mt ? (mt, 0m)
            : p.MaxInsuree is { } mi ? (mi, general.RemInsuree)
            : p.MaxPolicy is { } mp ? (PolicyCeiling(mp, p.MaxPolicyExtraMember, p.MaxCeilingPolicy, p.Threshold, members), general.RemPolicy)
            : hospital ? Pick(p.MaxIPTreatment, p.MaxIPInsuree, PolicyCeiling(p.MaxIPPolicy, p.MaxPolicyExtraMemberIP, p.MaxCeilingPolicyIP, p.Threshold, members), split.RemInsuree, split.RemPolicy)
            : Pick(p.MaxOPTreatment, p.MaxOPInsuree, PolicyCeiling(p.MaxOPPolicy, p.MaxPolicyExtraMemberOP, p.MaxCeilingPolicyOP, p.Threshold, members), split.RemInsuree, split.RemPolicy);
        return new Deductibles(deductible, previousDeducted, ceiling, previousRemunerated);
    }

    /// <summary>A policy ceiling grows by the extra-member amount for each member above the threshold, up to its cap.</summary>
    public static decimal? PolicyCeiling(decimal? ceiling, decimal? extraMember, decimal? cap, int? threshold, int members)
    {
        if (ceiling is not { } c)
        {
            return null;
        }

        if (threshold is { } t && members > t && extraMember is { } extra)
        {
            c += (members - t) * extra;
        }

        return cap is { } max && c > max ? max : c;
    }

    private static (decimal?, decimal) Pick(decimal? treatment, decimal? insuree, decimal? policy, decimal previousInsuree, decimal previousPolicy) =>
        treatment is { } t ? (t, 0m)
        : insuree is { } i ? (i, previousInsuree)
        : policy is { } p ? (p, previousPolicy)
        : (null, 0m);
}
