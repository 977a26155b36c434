using OpenImis.Fhir.Server.Security.Smart;

namespace OpenImis.Fhir.Tests.Security.Smart;

public sealed class ClientScopeGrantTests
{
    [Fact]
    public void Intersect_KeepsTheRequestedForm_WhenAnAllowedScopeCoversIt()
    {
        var granted = ClientScopeGrant.Intersect(["system/Patient.read"], ["system/*.cruds"]);

        Assert.Equal(["system/Patient.read"], granted);
    }

    [Fact]
    public void Intersect_NarrowsToTheAllowedScopes_WhenTheRequestIsWider()
    {
        var granted = ClientScopeGrant.Intersect(["system/*.cruds"], ["system/Patient.rs", "system/Claim.cud"]);

        Assert.Equal(["system/Patient.rs", "system/Claim.cud"], granted);
    }

    [Fact]
    public void Intersect_MatchesOtherScopesExactly_WhenTheyAreNoResourceScopes()
    {
        var granted = ClientScopeGrant.Intersect(["system/admin", "system/administrator", "openid"], ["system/admin", "system/*.rs"]);

        Assert.Equal(["system/admin"], granted);
    }

    [Fact]
    public void Intersect_AnswersNothing_WhenNoRequestedScopeOverlaps()
    {
        var granted = ClientScopeGrant.Intersect(["user/Patient.rs", "system/Claim.c"], ["system/Patient.rs"]);

        Assert.Empty(granted);
    }

    [Fact]
    public void Intersect_LeavesOutAQueryScope_WhenOnlyAWiderScopeIsAllowed()
    {
        // The engine grants nothing for a query-restricted scope, so the token does not carry one it was not given as is.
        var granted = ClientScopeGrant.Intersect(["system/Observation.rs?category=laboratory"], ["system/*.rs"]);

        Assert.Empty(granted);
    }

    [Fact]
    public void Intersect_KeepsAQueryScope_WhenItIsAllowedAsIs()
    {
        var granted = ClientScopeGrant.Intersect(["system/Observation.rs?category=laboratory"], ["system/Observation.rs?category=laboratory"]);

        Assert.Equal(["system/Observation.rs?category=laboratory"], granted);
    }

    [Theory]
    [InlineData("system/*.cruds", "system/Patient.rs", "system/Patient.rs")]
    [InlineData("system/Patient.rs", "system/*.cruds", "system/Patient.rs")]
    [InlineData("system/*.rs", "system/Claim.cruds", "system/Claim.rs")]
    public void Intersect_AnswersTheOverlap_WhenBothAreResourceScopes(string asked, string allowed, string expected)
    {
        Assert.Equal([expected], ClientScopeGrant.Intersect([asked], [allowed]));
    }

    [Theory]
    [InlineData("system/Patient.read", "system/Patient.cud")]
    [InlineData("system/Patient.rs", "user/Patient.rs")]
    [InlineData("system/Patient.rs", "system/Claim.rs")]
    public void Intersect_AnswersNothing_WhenScopesDoNotOverlap(string asked, string allowed)
    {
        Assert.Empty(ClientScopeGrant.Intersect([asked], [allowed]));
    }
}
