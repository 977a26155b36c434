using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.Tests.Core.Security;

public sealed class ScopeGrantTests
{
    private static ScopeGrant Grant(string scope) =>
        ScopeParser.TryParse(scope, out var grant, out _) ? grant! : throw new ArgumentException(scope);

    [Theory]
    [InlineData("system/*.cruds", "system/Patient.rs", "system/Patient.rs")]
    [InlineData("system/Patient.read", "system/*.cruds", "system/Patient.rs")]
    [InlineData("user/*.write", "user/Claim.cu", "user/Claim.cu")]
    public void Intersect_AnswersTheNarrowerGrant_WhenGrantsOverlap(string left, string right, string expected)
    {
        Assert.Equal(expected, Grant(left).Intersect(Grant(right))?.ToString());
    }

    [Theory]
    [InlineData("system/Patient.rs", "user/Patient.rs")]
    [InlineData("system/Patient.rs", "system/Claim.rs")]
    [InlineData("system/Patient.read", "system/Patient.cud")]
    public void Intersect_AnswersNull_WhenGrantsDoNotOverlap(string left, string right)
    {
        Assert.Null(Grant(left).Intersect(Grant(right)));
    }
}
