using OpenImis.Fhir.Server.Security.Smart;

namespace OpenImis.Fhir.Tests.Security.Smart;

public sealed class ScopeGrantTests
{
    [Fact]
    public void Intersect_KeepsTheRequestedForm_WhenAnAllowedScopeCoversIt()
    {
        var granted = ScopeGrant.Intersect(["system/Patient.read"], ["system/*.cruds"]);

        Assert.Equal(["system/Patient.read"], granted);
    }

    [Fact]
    public void Intersect_NarrowsToTheAllowedScopes_WhenTheRequestIsWider()
    {
        var granted = ScopeGrant.Intersect(["system/*.cruds"], ["system/Patient.rs", "system/Claim.cud"]);

        Assert.Equal(["system/Patient.rs", "system/Claim.cud"], granted);
    }

    [Fact]
    public void Intersect_MatchesOtherScopesExactly_WhenTheyAreNoResourceScopes()
    {
        var granted = ScopeGrant.Intersect(["system/admin", "system/administrator", "openid"], ["system/admin", "system/*.rs"]);

        Assert.Equal(["system/admin"], granted);
    }

    [Fact]
    public void Intersect_AnswersNothing_WhenNoRequestedScopeOverlaps()
    {
        var granted = ScopeGrant.Intersect(["user/Patient.rs", "system/Claim.c"], ["system/Patient.rs"]);

        Assert.Empty(granted);
    }

    [Fact]
    public void Intersect_KeepsAQueryScope_WhenTheAllowedScopeIsWiderWithoutOne()
    {
        var granted = ScopeGrant.Intersect(["system/Observation.rs?category=laboratory"], ["system/*.rs"]);

        Assert.Equal(["system/Observation.rs?category=laboratory"], granted);
    }
}
