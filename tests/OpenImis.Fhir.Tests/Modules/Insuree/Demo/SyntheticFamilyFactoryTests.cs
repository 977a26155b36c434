using OpenImis.Fhir.Modules.Insuree.Demo;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Demo;

public class SyntheticFamilyFactoryTests
{
    private static readonly DateOnly Today = new(2026, 3, 15);

    private static readonly string[] MaritalCodes = ["M", "S", "D", "W", "N"];

    private static readonly IReadOnlyList<VillageRef> Villages =
        Enumerable.Range(1, 36).Select(i => new VillageRef(100 + i, $"Village {i}")).ToList();

    [Fact]
    public void Next_GivesIdenticalRows_WhenSeedIsTheSame()
    {
        Assert.Equal(Rows(Draw(42, 300, Today)), Rows(Draw(42, 300, Today)));
    }

    [Fact]
    public void Next_GivesOtherUuids_WhenSeedDiffers()
    {
        var first = Draw(42, 100, Today).SelectMany(f => f.Insurees).Select(i => i.Uuid);
        var second = Draw(43, 100, Today).SelectMany(f => f.Insurees).Select(i => i.Uuid);

        Assert.Empty(first.Intersect(second));
    }

    [Fact]
    public void Next_KeepsUuidsNamesAndChfIds_WhenTodayChanges()
    {
        static IEnumerable<string> Identity(IEnumerable<SyntheticFamily> families) =>
            families.SelectMany(f => f.Insurees.Select(i => $"{f.Family.Uuid} {i.Uuid} {i.ChfId} {i.LastName} {i.OtherNames}"));

        Assert.Equal(Identity(Draw(42, 300, Today)), Identity(Draw(42, 300, Today.AddDays(400))));
    }

    [Fact]
    public void Next_AveragesAboutFourInsureesPerFamily_WhenDrawingMany()
    {
        var average = Draw(1, 10_000, Today).Average(f => f.Insurees.Count);

        Assert.InRange(average, 3.8, 4.4);
    }

    [Fact]
    public void Next_PutsTheOnlyHeadFirst_WhenDrawing()
    {
        Assert.All(Draw(1, 500, Today), f =>
        {
            Assert.True(f.Head.IsHead);
            Assert.Single(f.Insurees, i => i.IsHead);
            Assert.Null(f.Head.RelationshipId);
        });
    }

    [Fact]
    public void Next_GivesUniqueChfIdsOfTwelveCharacters_WhenPrefixHasThreeDigits()
    {
        var chfIds = Draw(1, 2_000, Today).SelectMany(f => f.Insurees).Select(i => i.ChfId!).ToList();

        Assert.All(chfIds, c => Assert.Matches("^001[0-9]{9}$", c));
        Assert.Equal(chfIds.Count, chfIds.Distinct().Count());
    }

    [Fact]
    public void Next_UsesOnlyOpenImisCodes_WhenDrawing()
    {
        var families = Draw(3, 3_000, Today);
        var insurees = families.SelectMany(f => f.Insurees).ToList();

        Assert.All(insurees, i => Assert.Contains(i.GenderCode, InsureeReferenceData.Genders.Select(g => g.Code)));
        Assert.All(insurees, i => Assert.Contains(i.Marital, MaritalCodes));
        Assert.All(insurees.Where(i => i.RelationshipId is not null), i => Assert.Contains(i.RelationshipId!.Value, InsureeReferenceData.Relations.Select(r => r.Id)));
        Assert.All(insurees.Where(i => i.ProfessionId is not null), i => Assert.Contains(i.ProfessionId!.Value, InsureeReferenceData.Professions.Select(p => p.Id)));
        Assert.All(insurees.Where(i => i.EducationId is not null), i => Assert.Contains(i.EducationId!.Value, InsureeReferenceData.Educations.Select(e => e.Id)));
        Assert.All(insurees.Where(i => i.TypeOfId is not null), i => Assert.Contains(i.TypeOfId, InsureeReferenceData.IdentificationTypes.Select(t => t.Code)));
        Assert.All(families, f => Assert.Contains(f.Family.FamilyTypeCode, InsureeReferenceData.FamilyTypes.Select(t => t.Code)));
        Assert.All(families.Where(f => f.Family.ConfirmationTypeCode is not null), f => Assert.Contains(f.Family.ConfirmationTypeCode, InsureeReferenceData.ConfirmationTypes.Select(t => t.Code)));
    }

    [Fact]
    public void Next_FitsEveryValueInItsColumn_WhenDrawing()
    {
        var families = Draw(5, 3_000, Today);

        Assert.All(families.SelectMany(f => f.Insurees), i =>
        {
            Assert.InRange(i.LastName.Length, 1, 100);
            Assert.InRange(i.OtherNames.Length, 1, 100);
            Assert.InRange(i.Phone?.Length ?? 0, 0, 50);
            Assert.InRange(i.Email?.Length ?? 0, 0, 100);
            Assert.InRange(i.Passport?.Length ?? 0, 0, 25);
            Assert.InRange(i.CurrentAddress?.Length ?? 0, 0, 200);
            Assert.Equal(36, i.Uuid.Length);
        });
        Assert.All(families, f =>
        {
            Assert.InRange(f.Family.Address?.Length ?? 0, 0, 200);
            Assert.InRange(f.Family.ConfirmationNo?.Length ?? 0, 0, 12);
        });
    }

    [Fact]
    public void Next_GivesEveryInsureeABirthDateBeforeToday_WhenDrawing()
    {
        Assert.All(Draw(9, 1_000, Today).SelectMany(f => f.Insurees), i => Assert.InRange(i.BirthDate!.Value, Today.AddYears(-101), Today));
    }

    [Fact]
    public void Next_RegistersFamiliesInThePastAtWholeSeconds_WhenDrawing()
    {
        var latest = Today.AddDays(-30).ToDateTime(TimeOnly.MaxValue, DateTimeKind.Utc);

        Assert.All(Draw(9, 1_000, Today), f =>
        {
            Assert.Equal(DateTimeKind.Utc, f.Family.ValidityFrom.Kind);
            Assert.True(f.Family.ValidityFrom <= latest);
            Assert.Equal(0, f.Family.ValidityFrom.Ticks % TimeSpan.TicksPerSecond);
            Assert.All(f.Insurees, i => Assert.Equal(f.Family.ValidityFrom, i.ValidityFrom));
        });
    }

    [Fact]
    public void Next_SpreadsSurnamesEvenly_WhenDrawingMany()
    {
        // At 20k families a surname holds about 55 insurees; at 100k, about 270: a family search finds tens to hundreds.
        var perSurname = Draw(11, 20_000, Today).SelectMany(f => f.Insurees).GroupBy(i => i.LastName)
            .Select(g => g.Count()).Order().ToList();

        Assert.Equal(SyntheticNames.SurnameRoots.Count * SyntheticNames.SurnameSuffixes.Count, perSurname.Count);
        Assert.InRange(perSurname[perSurname.Count / 2], 40, 70);
        Assert.InRange(perSurname[^1], 60, 160);
    }

    [Fact]
    public void Constructor_Throws_WhenChfIdWouldExceedTwelveCharacters()
    {
        Assert.Throws<ArgumentException>(() => new SyntheticFamilyFactory(1, Villages, Today, "0001", 9));
    }

    [Fact]
    public void Constructor_Throws_WhenThereIsNoVillage()
    {
        Assert.Throws<ArgumentException>(() => new SyntheticFamilyFactory(1, [], Today, "001", 9));
    }

    private static List<SyntheticFamily> Draw(int seed, int families, DateOnly today)
    {
        var factory = new SyntheticFamilyFactory(seed, Villages, today, Math.Abs(seed % 1000).ToString("D3"), 9);
        return Enumerable.Range(0, families).Select(_ => factory.Next()).ToList();
    }

    private static List<string> Rows(IEnumerable<SyntheticFamily> families) =>
        families.SelectMany(f => f.Insurees.Select(i => Row(f, i))).ToList();

    private static string Row(SyntheticFamily f, OpenImis.Fhir.Modules.Insuree.Data.Insuree i) => string.Join(
        '|',
        f.Family.Uuid, f.Family.LocationId, f.Family.Poverty, f.Family.FamilyTypeCode, f.Family.Address, f.Family.ConfirmationNo,
        f.Family.ConfirmationTypeCode, f.Family.ValidityFrom.Ticks, i.Uuid, i.ChfId, i.LastName, i.OtherNames, i.BirthDate, i.GenderCode,
        i.Marital, i.IsHead, i.CardIssued, i.Phone, i.Email, i.Passport, i.TypeOfId, i.CurrentAddress, i.CurrentVillageId,
        i.RelationshipId, i.ProfessionId, i.EducationId, i.Vulnerability, i.Status);
}
