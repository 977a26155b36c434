using OpenImis.Fhir.Server.OpenHim;

namespace OpenImis.Fhir.Tests.OpenHim;

public sealed class MediatorVersionTests
{
    [Theory]
    [InlineData("0.1.0", "0.1.0")]
    [InlineData("0.1.0+aa172d2f0c3e", "0.1.0")]
    [InlineData("1.2.3-beta.1+sha.5114f85", "1.2.3-beta.1")]
    [InlineData("1.2", "1.2.0")]
    [InlineData("1.2.3.4", "1.2.3")]
    public void Parse_GivesSemver_WhenVersionIsReadable(string input, string expected) =>
        Assert.Equal(expected, MediatorVersion.Parse(input));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("latest")]
    [InlineData("1")]
    public void Parse_GivesNull_WhenVersionIsNotReadable(string? input) =>
        Assert.Null(MediatorVersion.Parse(input));

    [Fact]
    public void Current_IsSemver_WhenTakenFromServerAssembly() =>
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", MediatorVersion.Current);
}
