using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Insuree.Search;
using InsureeRow = OpenImis.Fhir.Modules.Insuree.Data.Insuree;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Search;

/// <summary>The predicates the parameters translate to, run in memory on the fixture rows.</summary>
public sealed class GroupSearchParametersTests
{
    [Fact]
    public void Member_MatchesFamily_WhenPatientIsALiveMember() =>
        Assert.True(Matches("member", new ReferenceValue("Patient", InsureeFixtures.JohnUuid), InsureeFixtures.DoeFamily()));

    [Fact]
    public void Member_IgnoresHistoryCopies_WhenTheyKeepTheFamilyId()
    {
        var family = InsureeFixtures.DoeFamily();
        const string copyUuid = "2d8e6c7b-3b77-4e6a-8f9c-5a4b3c2d1e03";
        family.Members.Add(new InsureeRow { Id = 50, Uuid = copyUuid, LegacyId = 2, ValidityTo = InsureeFixtures.Stamp, FamilyId = family.Id });

        Assert.False(Matches("member", new ReferenceValue(null, copyUuid), family));
    }

    [Fact]
    public void Member_MatchesNothing_WhenReferenceIsNoPatient() =>
        Assert.False(Matches("member", new ReferenceValue("Practitioner", InsureeFixtures.JohnUuid), InsureeFixtures.DoeFamily()));

    [Fact]
    public void Identifier_MatchesTheHeadsChfId_WhenSystemIsCode() =>
        Assert.True(Matches("identifier", new TokenValue("Code", "123456788"), InsureeFixtures.DoeFamily()));

    private static bool Matches(string name, SearchValue value, Family family) =>
        GroupSearchParameters.All.Single(p => p.Name == name).PredicateFor(value).Compile()(family);
}
