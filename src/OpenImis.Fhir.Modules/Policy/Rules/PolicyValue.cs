using OpenImis.Fhir.Modules.Policy.Data;

namespace OpenImis.Fhir.Modules.Policy.Rules;

/// <summary>
/// A policy's value from its product (§4.4): contribution, general assembly, registration, then the enrolment or
/// renewal discount. Without a lump sum each member is charged once whatever the threshold (decision §6.10).
/// </summary>
internal static class PolicyValue
{
    public static decimal Compute(Product.Data.Product product, MemberCounts members, PolicyTerms terms)
    {
        var value = Contribution(product, members) + Assembly(product, members);
        if (terms.Stage == PolicyCodes.StageNew)
        {
            value += product.RegistrationLumpSum is > 0 ? product.RegistrationLumpSum.Value : members.Total * (product.RegistrationFee ?? 0);
        }

        var discount = Discount(product, terms);
        return discount > 0 ? Math.Round(value * (100 - discount) / 100, 2) : value;
    }

    public static decimal Contribution(Product.Data.Product product, MemberCounts members)
    {
        var adult = product.PremiumAdult ?? 0;
        var child = product.PremiumChild ?? 0;
        if (product.LumpSum <= 0)
        {
            // §6.10: the threshold says how many members a lump sum covers; with no lump sum nobody is covered by
            // one, so every member pays their own premium once (both upstream formulas agree on this when T = 0).
            return (members.Adults + members.OtherAdults) * adult + (members.Children + members.OtherChildren) * child;
        }

        var threshold = product.Threshold ?? 0;
        int extraAdults = 0, extraChildren = 0;
        if (threshold > 0)
        {
            extraAdults = Math.Max(0, members.Adults - threshold);
            extraChildren = Math.Max(0, members.Children - (threshold - members.Adults + extraAdults));
        }

        return product.LumpSum + (extraAdults + members.OtherAdults) * adult + (extraChildren + members.OtherChildren) * child;
    }

    private static decimal Assembly(Product.Data.Product product, MemberCounts members) =>
        product.GeneralAssemblyLumpSum is > 0 ? product.GeneralAssemblyLumpSum.Value : members.Total * (product.GeneralAssemblyFee ?? 0);

    // Percent off when the family enrols (or renews) at least "period" months before the policy starts.
    private static int Discount(Product.Data.Product product, PolicyTerms terms)
    {
        if (terms.Stage == PolicyCodes.StageNew)
        {
            return PolicyPeriod.HasCycles(product) && product.EnrolmentDiscountPerc is > 0 and var perc && product.EnrolmentDiscountPeriod is > 0
                   && terms.EnrollDate <= terms.StartDate.AddMonths(-product.EnrolmentDiscountPeriod.Value)
                ? perc
                : 0;
        }

        var renewalDate = terms.PreviousExpiryDate is { } previous ? previous.AddDays(1) : terms.StartDate;
        return product.RenewalDiscountPerc is > 0 and var renewal && product.RenewalDiscountPeriod is > 0
               && terms.EnrollDate <= renewalDate.AddMonths(-product.RenewalDiscountPeriod.Value)
            ? renewal
            : 0;
    }
}
