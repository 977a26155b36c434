using OpenImis.Fhir.Core.Errors;
using OpenImis.Fhir.Core.Search;

namespace OpenImis.Fhir.Tests.Core.Search;

public sealed class LegacySearchParametersTests
{
    private static readonly SearchOptions Options = new() { DefaultCount = 20, MaxCount = 500 };

    private static readonly HashSet<string> PatientParameters = ["identifier", "family"];

    private static List<KeyValuePair<string, string>> Rewrite(params (string Key, string Value)[] parameters) =>
        RewriteFor(PatientParameters, parameters);

    private static List<KeyValuePair<string, string>> RewriteFor(HashSet<string> declared, params (string Key, string Value)[] parameters) =>
        [.. LegacySearchParameters.Rewrite(parameters.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)).ToList(), Options, declared.Contains)];

    [Fact]
    public void Rewrite_GivesLastUpdatedFrom_WhenRefDateIsGiven()
    {
        Assert.Equal([new("_lastUpdated", "ge2024-01-31")], Rewrite(("refDate", "2024-01-31")));
    }

    [Fact]
    public void Rewrite_GivesLastUpdatedBefore_WhenRefEndDateIsGiven()
    {
        Assert.Equal([new("_lastUpdated", "lt2024-02-01")], Rewrite(("refEndDate", "2024-02-01")));
    }

    [Fact]
    public void Rewrite_GivesTheOffsetOfThePage_WhenPageOffsetAndCountAreGiven()
    {
        Assert.Equal(new KeyValuePair<string, string>("_offset", "20"), Rewrite(("_count", "10"), ("page-offset", "3"))[1]);
    }

    [Fact]
    public void Rewrite_UsesTheDefaultPageSize_WhenNoCountIsGiven()
    {
        Assert.Equal([new("_offset", "20")], Rewrite(("page-offset", "2")));
    }

    [Fact]
    public void Rewrite_Throws400_WhenPageOffsetIsZero()
    {
        var ex = Assert.Throws<FhirException>(() => Rewrite(("page-offset", "0")));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, ex.Status);
    }

    [Fact]
    public void Rewrite_Throws400_WhenRefDateCarriesAPrefix()
    {
        Assert.Throws<FhirException>(() => Rewrite(("refDate", "ge2024-01-31")));
    }

    [Fact]
    public void Rewrite_LeavesOtherParameters_WhenNoneIsLegacy()
    {
        Assert.Equal([new("family", "Doe")], Rewrite(("family", "Doe")));
    }

    [Fact]
    public void Rewrite_GivesIdentifier_WhenCodeIsGivenToATypeWithoutCode()
    {
        Assert.Equal([new("identifier", "HF001"), new("identifier:not", "HF002")], Rewrite(("code", "HF001"), ("code:not", "HF002")));
    }

    [Fact]
    public void Rewrite_KeepsCode_WhenTheTypeDeclaresCode()
    {
        Assert.Equal([new("code", "0001")], RewriteFor(["identifier", "code"], ("code", "0001")));
    }

    [Fact]
    public void Rewrite_KeepsCode_WhenTheTypeHasNoIdentifier()
    {
        Assert.Equal([new("code", "0001")], RewriteFor(["name"], ("code", "0001")));
    }

    [Fact]
    public void Rewrite_KeepsParametersThatOnlyStartWithCode_WhenTheTypeHasNoCode()
    {
        Assert.Equal([new("code-value", "x")], Rewrite(("code-value", "x")));
    }
}
