using OpenImis.Fhir.Modules.Policy.Data;

namespace OpenImis.Fhir.Modules.Policy.Rules;

/// <summary>
/// What a contribution does to a policy (§4.6): it pays the policy when it covers the balance (the value less the
/// other non-photo contributions). An under-payment waits (openIMIS's default action); a photo fee never counts.
/// </summary>
internal static class Payment
{
    /// <summary>
    /// The effective date a contribution gives an Idle policy, or null when it does not pay it. Decision §6.11: exact
    /// or over-payment alike, the policy takes effect on the payment date but never before its start date.
    /// </summary>
    public static DateOnly? EffectiveDate(decimal policyValue, decimal otherContributions, decimal amount, bool isPhotoFee, DateOnly payDate, DateOnly startDate)
    {
        if (isPhotoFee)
        {
            return null;
        }

        var balance = policyValue - otherContributions;
        return amount >= balance ? (payDate > startDate ? payDate : startDate) : null;
    }

    public static bool Counts(Premium premium) => premium.ValidityTo is null && premium.IsPhotoFee != true;
}
