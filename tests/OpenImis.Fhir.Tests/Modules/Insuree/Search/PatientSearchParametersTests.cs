using OpenImis.Fhir.Core.Search;
using OpenImis.Fhir.Modules.Insuree.Search;
using InsureeRow = OpenImis.Fhir.Modules.Insuree.Data.Insuree;

namespace OpenImis.Fhir.Tests.Modules.Insuree.Search;

/// <summary>The predicates the parameters translate to, run in memory on the fixture rows.</summary>
public sealed class PatientSearchParametersTests
{
    private static readonly PatientSearchParameters Parameters = new(InsureeTestCodes.Codes);

    [Fact]
    public void Identifier_MatchesChfId_WhenSystemIsCode() =>
        Assert.True(Matches("identifier", new TokenValue("Code", "123456789"), InsureeFixtures.JohnInFamily()));

    [Fact]
    public void Identifier_MatchesUuidStoredInUpperCase_WhenValueIsBare()
    {
        var john = InsureeFixtures.JohnInFamily();
        john.Uuid = john.Uuid.ToUpperInvariant();

        Assert.True(Matches("identifier", new TokenValue(null, InsureeFixtures.JohnUuid), john));
    }

    [Fact]
    public void Identifier_IgnoresTheCode_WhenSystemIsUuid() =>
        Assert.False(Matches("identifier", new TokenValue("UUID", "123456789"), InsureeFixtures.JohnInFamily()));

    [Fact]
    public void Identifier_MatchesNothing_WhenSystemIsUnknown() =>
        Assert.False(Matches("identifier", new TokenValue("http://example.org/ids", "123456789"), InsureeFixtures.JohnInFamily()));

    [Fact]
    public void Gender_MatchesTheOpenImisCode_WhenCodeIsAFhirGender() =>
        Assert.True(Matches("gender", new TokenValue(null, "male"), InsureeFixtures.JohnInFamily()));

    [Fact]
    public void Gender_MatchesInsureeWithoutGender_WhenCodeIsUnknown()
    {
        var john = InsureeFixtures.JohnInFamily();
        john.GenderCode = null;

        Assert.True(Matches("gender", new TokenValue("http://hl7.org/fhir/administrative-gender", "unknown"), john));
    }

    [Fact]
    public void Telecom_MatchesEmail_WhenSystemIsEmail() =>
        Assert.True(Matches("telecom", new TokenValue("email", "john.doe@example.org"), InsureeFixtures.JohnInFamily()));

    [Fact]
    public void AddressCity_MatchesFamilyVillage_WhenInsureeHasNoVillage() =>
        Assert.True(Matches("address-city", new StringValue("jam", StringMatch.StartsWith), InsureeFixtures.JohnInFamily()));

    [Fact]
    public void AddressCity_IgnoresFamilyVillage_WhenInsureeHasOwnVillage()
    {
        var john = InsureeFixtures.JohnInFamily();
        john.CurrentVillage = InsureeFixtures.Village("Kibo", InsureeFixtures.OtherVillageUuid);
        john.CurrentVillageId = john.CurrentVillage.Id;

        Assert.False(Matches("address-city", new StringValue("Jamula", StringMatch.Exact), john));
    }

    [Fact]
    public void StringAndDateParameters_AreSortable_WhenDeclared() =>
        Assert.All(
            Parameters.All.Where(p => p.Type is Hl7.Fhir.Model.SearchParamType.String or Hl7.Fhir.Model.SearchParamType.Date),
            p => Assert.True(p.Sortable, p.Name));

    private static bool Matches(string name, SearchValue value, InsureeRow row) =>
        Parameters.All.Single(p => p.Name == name).PredicateFor(value).Compile()(row);
}
