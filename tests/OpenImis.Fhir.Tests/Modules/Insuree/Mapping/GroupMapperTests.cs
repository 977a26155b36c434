using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Insuree.Data;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Mapping;

public sealed class GroupMapperTests
{
    [Fact]
    public void ToFhir_MatchesFixture_WhenFamilyIsComplete()
    {
        var group = InsureeTestCodes.GroupMapper.ToFhir(InsureeFixtures.DoeFamily());

        Assert.Equal(FhirFixtures.Json(FhirFixtures.Load<Group>("group-doe-family.json")), FhirFixtures.Json(group));
    }

    [Fact]
    public void ToFhir_CountsOnlyLiveMembers_WhenAMemberWasDeleted()
    {
        var family = InsureeFixtures.DoeFamily();
        family.Members[1].ValidityTo = InsureeFixtures.Stamp;

        var group = InsureeTestCodes.GroupMapper.ToFhir(family);

        Assert.Equal((1, 1), (group.Quantity, group.Member.Count));
    }

    [Fact]
    public void ToEntity_KeepsColumnValues_WhenRoundTripped()
    {
        var family = InsureeFixtures.DoeFamily();
        var back = new Family { Id = family.Id };

        InsureeTestCodes.GroupMapper.ToEntity(InsureeTestCodes.GroupMapper.ToFhir(family), back, family.Location!);

        Assert.Equal(Columns(family), Columns(back));
    }

    [Fact]
    public void ToEntity_ThrowsUnprocessable_WhenConfirmationNumberIsLongerThan12()
    {
        var group = FhirFixtures.Load<Group>("group-doe-family.json");
        group.GetExtension(OpenImisIg.GroupConfirmation)!.SetExtension("number", new FhirString("CONF-1234567890"));

        FhirAssert.Unprocessable(
            () => InsureeTestCodes.GroupMapper.ToEntity(group, new Family(), InsureeFixtures.DoeFamily().Location!),
            "Group.extension[confirmation].number");
    }

    // The columns Group.md marks as written (↔) that the mapper owns; membership is the handler's.
    private static List<(string, object?)> Columns(Family row) =>
    [
        ("FamilyAddress", row.Address), ("LocationId", row.LocationId), ("Poverty", row.Poverty),
        ("FamilyType", row.FamilyTypeCode), ("ConfirmationNo", row.ConfirmationNo), ("ConfirmationType", row.ConfirmationTypeCode),
    ];
}
