namespace OpenImis.Fhir.Modules.Policy.Rules;

/// <summary>
/// The members a policy value counts (§4.4): related adults and children, "other" adults and children, capped at
/// the product's member count in openIMIS's order (adults, children, other children, other adults).
/// </summary>
internal sealed record MemberCounts(int Adults, int Children, int OtherAdults, int OtherChildren)
{
    public int Total => Adults + Children + OtherAdults + OtherChildren;

    public static MemberCounts Of(IEnumerable<PolicyMember> members, DateOnly onDate, int memberCount)
    {
        int a = 0, c = 0, oa = 0, oc = 0;
        foreach (var member in members)
        {
            var adult = member.IsAdultOn(onDate);
            if (member.IsOther)
            {
                if (adult) { oa++; } else { oc++; }
            }
            else if (adult)
            {
                a++;
            }
            else
            {
                c++;
            }
        }

        // A member count of 0 means no cap (openIMIS requires it > 0, but old rows hold 0).
        var places = memberCount > 0 ? memberCount : int.MaxValue;
        var adults = Take(ref places, a);
        var children = Take(ref places, c);
        var otherChildren = Take(ref places, oc);
        var otherAdults = Take(ref places, oa);
        return new MemberCounts(adults, children, otherAdults, otherChildren);
    }

    private static int Take(ref int places, int wanted)
    {
        var taken = Math.Min(places, wanted);
        places -= taken;
        return taken;
    }
}
