using OpenImis.Fhir.Modules.Insuree.Demo;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Demo;

public class InsureeReferenceDataTests
{
    [Fact]
    public void Genders_AreTheOpenImisCodes_WhenListed()
    {
        Assert.Equal(["M", "F", "O"], InsureeReferenceData.Genders.Select(g => g.Code));
    }

    [Fact]
    public void Relations_NumberSpouseEight_WhenListed()
    {
        Assert.Equal("Spouse", InsureeReferenceData.Relations.Single(r => r.Id == InsureeReferenceData.RelationSpouse).Name);
        Assert.Equal(Enumerable.Range(1, 8).Select(i => (short)i), InsureeReferenceData.Relations.Select(r => r.Id));
    }

    [Fact]
    public void ReferenceTables_HoldTheOpenImisRowCounts_WhenListed()
    {
        // 00_dump.sql: tblProfessions 4, tblEducations 7, tblIdentificationTypes 4, tblFamilyTypes 7, tblConfirmationTypes 4.
        Assert.Equal(
            [4, 7, 4, 7, 4],
            new[]
            {
                InsureeReferenceData.Professions.Count, InsureeReferenceData.Educations.Count, InsureeReferenceData.IdentificationTypes.Count,
                InsureeReferenceData.FamilyTypes.Count, InsureeReferenceData.ConfirmationTypes.Count,
            });
    }
}
