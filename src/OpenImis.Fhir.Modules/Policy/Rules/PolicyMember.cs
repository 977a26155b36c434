namespace OpenImis.Fhir.Modules.Policy.Rules;

/// <summary>What the value formula needs of a family member: age and whether openIMIS counts them as "other".</summary>
internal sealed record PolicyMember(DateOnly? BirthDate, short? RelationshipId)
{
    // tblRelations 7 = Others: not of the family proper, charged per head even under a lump sum.
    private const short OtherRelationship = 7;

    public bool IsOther => RelationshipId == OtherRelationship;

    /// <summary>Exact age in years on <paramref name="date"/>, birthday included (Python's is_adult).</summary>
    public bool IsAdultOn(DateOnly date, int ageOfMajority = 18)
    {
        if (BirthDate is not { } birth)
        {
            return true;
        }

        var age = date.Year - birth.Year;
        if (date < birth.AddYears(age))
        {
            age--;
        }

        return age >= ageOfMajority;
    }
}
