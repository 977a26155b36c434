using Hl7.Fhir.Model;
using OpenImis.Fhir.Modules.Insuree.Mapping;
using OpenImis.Fhir.Modules.Shared;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Mapping;

public sealed class GroupReferencesTests
{
    [Fact]
    public void Read_ReturnsVillageMembersAndHeadCode_WhenGroupIsComplete()
    {
        var references = GroupReferences.Read(FhirFixtures.Load<Group>("group-doe-family.json"));

        Assert.Equal(
            (InsureeFixtures.VillageUuid, $"{InsureeFixtures.JaneUuid},{InsureeFixtures.JohnUuid}", "123456788"),
            (references.VillageId, string.Join(',', references.MemberIds), references.HeadCode));
    }

    [Fact]
    public void Read_ThrowsUnprocessable_WhenAddressIsMissing()
    {
        var group = FhirFixtures.Load<Group>("group-doe-family.json");
        group.RemoveExtension(OpenImisIg.GroupAddress);

        FhirAssert.Unprocessable(() => GroupReferences.Read(group), GroupReferences.AddressElement);
    }

    [Fact]
    public void Read_ThrowsUnprocessable_WhenGroupHasNoMember()
    {
        var group = FhirFixtures.Load<Group>("group-doe-family.json");
        group.Member.Clear();

        FhirAssert.Unprocessable(() => GroupReferences.Read(group), "Group.member");
    }

    [Fact]
    public void HeadOf_ReturnsMemberWithTheCodeIdentifier_WhenOneHasIt()
    {
        var family = InsureeFixtures.DoeFamily();
        var references = new GroupReferences(InsureeFixtures.VillageUuid, [InsureeFixtures.JaneUuid, InsureeFixtures.JohnUuid], "123456789");

        Assert.Same(family.Members[1], references.HeadOf(family.Members));
    }

    [Fact]
    public void HeadOf_ReturnsFirstMember_WhenNoneHasTheCodeIdentifier()
    {
        var family = InsureeFixtures.DoeFamily();
        var references = new GroupReferences(InsureeFixtures.VillageUuid, [InsureeFixtures.JohnUuid, InsureeFixtures.JaneUuid], "000000000");

        Assert.Same(family.Members[1], references.HeadOf(family.Members));
    }
}
