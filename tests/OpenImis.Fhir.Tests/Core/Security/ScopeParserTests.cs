using OpenImis.Fhir.Core.Security;

namespace OpenImis.Fhir.Tests.Core.Security;

public sealed class ScopeParserTests
{
    [Theory]
    [InlineData("system/Patient.rs", ScopeContext.System, "Patient", ScopeInteraction.Read | ScopeInteraction.Search)]
    [InlineData("user/*.cruds", ScopeContext.User, "*", ScopeInteraction.All)]
    [InlineData("system/Claim.c", ScopeContext.System, "Claim", ScopeInteraction.Create)]
    [InlineData("system/Group.ud", ScopeContext.System, "Group", ScopeInteraction.Update | ScopeInteraction.Delete)]
    [InlineData("patient/Coverage.r", ScopeContext.Patient, "Coverage", ScopeInteraction.Read)]
    public void TryParse_ReadsContextTypeAndLetters_WhenScopeIsV2(string scope, ScopeContext context, string type, ScopeInteraction interactions)
    {
        Assert.True(ScopeParser.TryParse(scope, out var grant, out _));
        Assert.Equal(new ScopeGrant(context, type, interactions), grant);
    }

    [Theory]
    [InlineData("system/Patient.read", ScopeInteraction.Read | ScopeInteraction.Search)]
    [InlineData("system/Patient.write", ScopeInteraction.Create | ScopeInteraction.Update | ScopeInteraction.Delete)]
    [InlineData("system/Patient.*", ScopeInteraction.All)]
    public void TryParse_MapsV1Permissions_WhenScopeIsV1(string scope, ScopeInteraction interactions)
    {
        Assert.True(ScopeParser.TryParse(scope, out var grant, out _));
        Assert.Equal(interactions, grant!.Interactions);
    }

    [Fact]
    public void TryParse_RefusesWithReason_WhenScopeHasQueryRestriction()
    {
        Assert.False(ScopeParser.TryParse("system/Observation.rs?category=laboratory", out var grant, out var refusal));
        Assert.Null(grant);
        Assert.Contains("does not support", refusal, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("system/Patient.sr")]
    [InlineData("system/Patient.rr")]
    [InlineData("system/Patient.x")]
    [InlineData("system/Patient.readwrite")]
    public void TryParse_RefusesWithReason_WhenLettersAreNotCrudsInOrder(string scope)
    {
        Assert.False(ScopeParser.TryParse(scope, out _, out var refusal));
        Assert.NotNull(refusal);
    }

    [Theory]
    [InlineData("openid")]
    [InlineData("system/admin")]
    [InlineData("launch/patient")]
    [InlineData("offline_access")]
    [InlineData("fhirUser")]
    public void TryParse_IgnoresWithoutReason_WhenScopeIsNotAResourceScope(string scope)
    {
        Assert.False(ScopeParser.TryParse(scope, out _, out var refusal));
        Assert.Null(refusal);
    }

    [Fact]
    public void Letters_WritesCrudsOrder_WhenFlagsAreMixed()
    {
        Assert.Equal("rds", ScopeParser.Letters(ScopeInteraction.Search | ScopeInteraction.Delete | ScopeInteraction.Read));
    }
}
