using Hl7.Fhir.Model;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Tests.Search;

public sealed class DatePredicatesTests
{
    private sealed class Row
    {
        public DateOnly? Born { get; set; }
    }

    private static readonly SearchParameter<Row> BirthDate =
        SearchParameters.Date<Row>("birthdate", "Patient.birthDate", "Birth date", r => r.Born);

    private static bool Matches(string search, string born)
    {
        var value = SearchValueParser.Parse("birthdate", SearchParamType.Date, null, search);
        var predicate = BirthDate.PredicateFor(value).Compile();
        return predicate(new Row { Born = DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture) });
    }

    [Theory]
    [InlineData("2020", "2020-06-01", true)]
    [InlineData("2020", "2021-01-01", false)]
    [InlineData("2020-06", "2020-06-30", true)]
    [InlineData("ge2020", "2020-01-01", true)]
    [InlineData("ge2020", "2019-12-31", false)]
    [InlineData("gt2020", "2021-01-01", true)]
    [InlineData("gt2020", "2020-12-31", false)]
    [InlineData("lt2020", "2019-12-31", true)]
    [InlineData("lt2020", "2020-01-01", false)]
    [InlineData("le2020", "2020-12-31", true)]
    [InlineData("le2020", "2021-01-01", false)]
    [InlineData("ne2020", "2021-03-01", true)]
    [InlineData("ne2020", "2020-03-01", false)]
    [InlineData("sa2020", "2021-01-01", true)]
    [InlineData("eb2020", "2019-12-31", true)]
    [InlineData("eb2020", "2020-01-01", false)]
    public void PredicateFor_FollowsFhirRangeSemantics_WhenComparingDays(string search, string born, bool expected)
    {
        Assert.Equal(expected, Matches(search, born));
    }
}
