using OpenImis.Fhir.Modules.Insuree.Demo;

namespace OpenImis.Fhir.Tests.Insuree.Demo;

public class InsureeLookupsTests
{
    [Fact]
    public void Genders_AreTheOpenImisCodes_WhenListed()
    {
        Assert.Equal(["M", "F", "O"], InsureeLookups.Genders.Select(g => g.Code));
    }

    [Fact]
    public void Relations_NumberSpouseEight_WhenListed()
    {
        Assert.Equal("Spouse", InsureeLookups.Relations.Single(r => r.Id == InsureeLookups.RelationSpouse).Name);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (short)i), InsureeLookups.Relations.Select(r => r.Id));
    }

    [Fact]
    public void ReferenceTables_HoldTheOpenImisRowCounts_WhenListed()
    {
        // 00_dump.sql: tblProfessions 4, tblEducations 7, tblIdentificationTypes 4, tblFamilyTypes 7, tblConfirmationTypes 4.
        Assert.Equal(
            [4, 7, 4, 7, 4],
            new[]
            {
                InsureeLookups.Professions.Count, InsureeLookups.Educations.Count, InsureeLookups.IdentificationTypes.Count,
                InsureeLookups.FamilyTypes.Count, InsureeLookups.ConfirmationTypes.Count,
            });
    }
}
